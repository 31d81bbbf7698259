import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import {
  PROGRAM_REQUIREMENTS_GATE,
  type ProgramRequirementsGate,
} from './program-requirements-gate.js';

export interface ProgramRequirementsGateOptions {
  /** The module that provides (and exports) the gate. */
  imports: NonNullable<ModuleMetadata['imports']>;
  gate: Type<ProgramRequirementsGate>;
}

/**
 * Hands credentials, at start-up, the requirements of programs beyond their courses. The
 * module that keeps that evidence (hybrid-programs) imports CredentialsModule to award, so
 * CredentialsModule cannot import it back; this global module imports it instead. The app
 * module registers it once.
 */
@Module({})
export class ProgramRequirementsGateModule {
  static forRoot({ imports, gate }: ProgramRequirementsGateOptions): DynamicModule {
    return {
      module: ProgramRequirementsGateModule,
      global: true,
      imports,
      providers: [{ provide: PROGRAM_REQUIREMENTS_GATE, useExisting: gate }],
      exports: [PROGRAM_REQUIREMENTS_GATE],
    };
  }
}
