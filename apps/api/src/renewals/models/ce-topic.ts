import { registerEnumType } from '@nestjs/graphql';
import type { CeTopic as Topic } from '@fascicle/regulation';

/** The GraphQL face of `CE_TOPICS` (libs/regulation), kept equal by the compiler. */
export enum CeTopic {
  ETHICS = 'ETHICS',
  JURISPRUDENCE = 'JURISPRUDENCE',
  PROFESSIONALISM = 'PROFESSIONALISM',
  CLINICAL = 'CLINICAL',
  MEDICAL_ERRORS = 'MEDICAL_ERRORS',
  HIV_AIDS = 'HIV_AIDS',
  HUMAN_TRAFFICKING = 'HUMAN_TRAFFICKING',
  LIFE_SUPPORT = 'LIFE_SUPPORT',
  SUICIDE_PREVENTION = 'SUICIDE_PREVENTION',
}
registerEnumType(CeTopic, {
  name: 'CeTopic',
  description: 'What a CE course is about, as boards name their required topics',
});

// A topic added to the library without its GraphQL value fails to compile.
export const CE_TOPIC: Record<Topic, CeTopic> = CeTopic;

export enum CreditSource {
  FASCICLE = 'FASCICLE',
  OUTSIDE = 'OUTSIDE',
}
registerEnumType(CreditSource, {
  name: 'CreditSource',
  description: 'A Fascicle certificate, or CE the learner recorded from elsewhere',
});
