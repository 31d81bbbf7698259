import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AccountsService } from '../identity/accounts.service.js';
import type { UserEntity } from '../identity/entities/user.entity.js';

/**
 * Every DataLoader, typed in one place. A new set is made for each request (in the
 * GraphQL context), so batching never crosses requests and no cache outlives one.
 */
export interface Loaders {
  userById: DataLoader<string, UserEntity | null>;
}

@Injectable()
export class LoaderFactory {
  constructor(private readonly accounts: AccountsService) {}

  create(): Loaders {
    return {
      userById: new DataLoader((ids) => this.accounts.findByIds(ids)),
    };
  }
}
