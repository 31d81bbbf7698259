import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { LoaderFactory } from './loaders.js';

@Module({
  imports: [IdentityModule],
  providers: [LoaderFactory],
  exports: [LoaderFactory],
})
export class DataLoadersModule {}
