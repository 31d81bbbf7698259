import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { ATTEMPT_ELIGIBILITY, type AttemptEligibility } from './attempt-eligibility.js';

export interface AttemptEligibilityOptions {
  /** The module that provides (and exports) the rule. */
  imports: NonNullable<ModuleMetadata['imports']>;
  rule: Type<AttemptEligibility>;
}

/**
 * Hands assessment, at start-up, the rule of who may attempt a quiz. The module that owns
 * the rule (learning) imports AssessmentModule, so AssessmentModule cannot import it back;
 * this module imports it instead and is global, which makes ATTEMPT_ELIGIBILITY visible to
 * AssessmentModule's providers without a circular import. The app module registers it once.
 */
@Module({})
export class AttemptEligibilityModule {
  static forRoot({ imports, rule }: AttemptEligibilityOptions): DynamicModule {
    return {
      module: AttemptEligibilityModule,
      global: true,
      imports,
      providers: [{ provide: ATTEMPT_ELIGIBILITY, useExisting: rule }],
      exports: [ATTEMPT_ELIGIBILITY],
    };
  }
}
