import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AccountsService } from './accounts.service.js';
import type { LicenseEntity } from './entities/license.entity.js';
import type { UserEntity } from './entities/user.entity.js';
import { ProfileService } from './profile.service.js';

/** The identity module's DataLoaders, made fresh for each request (see `LoaderFactory`). */
export interface IdentityLoaders {
  userById: DataLoader<string, UserEntity | null>;
  /** A person's licenses, the primary one first. */
  licensesByUserId: DataLoader<string, LicenseEntity[]>;
  /** One license by id (null once removed): what a certificate was earned under. */
  licenseById: DataLoader<string, LicenseEntity | null>;
}

@Injectable()
export class IdentityLoaderFactory {
  constructor(
    private readonly accounts: AccountsService,
    private readonly profiles: ProfileService,
  ) {}

  create(): IdentityLoaders {
    return {
      userById: new DataLoader((ids) => this.accounts.findByIds(ids)),
      licensesByUserId: new DataLoader((ids) => this.profiles.licensesByUserIds(ids)),
      licenseById: new DataLoader((ids) => this.profiles.licensesByIds(ids)),
    };
  }
}
