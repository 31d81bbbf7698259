import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { STAFF_ELIGIBILITY, type StaffEligibility } from './staff-eligibility.js';

export interface StaffEligibilityOptions {
  /** The module that provides (and exports) the implementation. */
  imports: NonNullable<ModuleMetadata['imports']>;
  implementation: Type<StaffEligibility>;
}

/**
 * Hands organizations, at start-up, the eligibility of staff to dry needle. The licensing
 * module imports OrganizationsModule, so OrganizationsModule cannot import it back; this
 * global module imports it instead. The app module registers it once.
 */
@Module({})
export class StaffEligibilityModule {
  static forRoot({ imports, implementation }: StaffEligibilityOptions): DynamicModule {
    return {
      module: StaffEligibilityModule,
      global: true,
      imports,
      providers: [{ provide: STAFF_ELIGIBILITY, useExisting: implementation }],
      exports: [STAFF_ELIGIBILITY],
    };
  }
}
