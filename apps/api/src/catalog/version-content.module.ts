import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { VERSION_CONTENT, type VersionContent } from './version-content.js';

export interface VersionContentOptions {
  /** The modules that provide (and export) the parts. */
  imports: NonNullable<ModuleMetadata['imports']>;
  parts: Type<VersionContent>[];
}

/**
 * Hands the catalog, at start-up, the VersionContent of the modules that keep content per
 * course version. Those modules import CatalogModule, so CatalogModule cannot import them
 * back; this module imports them instead and is global, which makes VERSION_CONTENT visible to
 * CatalogModule's providers without a circular import (or forwardRef). The app module
 * registers it once, so the wiring shows in one line of the module graph.
 */
@Module({})
export class VersionContentModule {
  static forRoot({ imports, parts }: VersionContentOptions): DynamicModule {
    return {
      module: VersionContentModule,
      global: true,
      imports,
      providers: [
        {
          provide: VERSION_CONTENT,
          inject: parts,
          useFactory: (...all: VersionContent[]): VersionContent[] => all,
        },
      ],
      exports: [VERSION_CONTENT],
    };
  }
}
