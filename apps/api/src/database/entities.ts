import { LoginFailureEntity } from '../identity/entities/login-failure.entity.js';
import { RefreshTokenEntity } from '../identity/entities/refresh-token.entity.js';
import { UserEntity } from '../identity/entities/user.entity.js';

/** Every TypeORM entity. Listed explicitly: ESM builds have no glob loading. */
export const ENTITIES = [UserEntity, RefreshTokenEntity, LoginFailureEntity];
