import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { LoaderFactory } from './loaders.js';

@Module({
  imports: [IdentityModule, CatalogModule],
  providers: [LoaderFactory],
  exports: [LoaderFactory],
})
export class DataLoadersModule {}
