import { registerEnumType } from '@nestjs/graphql';

/** What a correction is about: content a learner's practice or legal standing depends on. */
export enum CorrectionKind {
  SAFETY = 'SAFETY',
  LEGAL = 'LEGAL',
}

registerEnumType(CorrectionKind, {
  name: 'CorrectionKind',
  valuesMap: {
    SAFETY: { description: 'Safety content (risks, contraindications, technique limits)' },
    LEGAL: { description: 'Legal content (scope of practice, state rules, requirements)' },
  },
});
