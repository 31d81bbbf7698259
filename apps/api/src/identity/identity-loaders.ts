import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AccountsService } from './accounts.service.js';
import type { UserEntity } from './entities/user.entity.js';

/** The identity module's DataLoaders, made fresh for each request (see `LoaderFactory`). */
export interface IdentityLoaders {
  userById: DataLoader<string, UserEntity | null>;
}

@Injectable()
export class IdentityLoaderFactory {
  constructor(private readonly accounts: AccountsService) {}

  create(): IdentityLoaders {
    return {
      userById: new DataLoader((ids) => this.accounts.findByIds(ids)),
    };
  }
}
