import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { ENROLLMENT_GATE, type EnrollmentGate } from './enrollment-gate.js';

export interface EnrollmentGateOptions {
  /** The module that provides (and exports) the gate. */
  imports: NonNullable<ModuleMetadata['imports']>;
  gate: Type<EnrollmentGate>;
}

/**
 * Hands learning, at start-up, the checks made before an enrollment. The module that owns
 * them (board reporting) reads what learning's neighbours export, so learning does not import
 * it; this module imports it instead and is global, which makes ENROLLMENT_GATE visible to
 * LearningModule's providers without a circular import. The app module registers it once.
 */
@Module({})
export class EnrollmentGateModule {
  static forRoot({ imports, gate }: EnrollmentGateOptions): DynamicModule {
    return {
      module: EnrollmentGateModule,
      global: true,
      imports,
      providers: [{ provide: ENROLLMENT_GATE, useExisting: gate }],
      exports: [ENROLLMENT_GATE],
    };
  }
}
