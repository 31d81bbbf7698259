import { Field, ObjectType } from '@nestjs/graphql';
import type { SupervisorQualification } from '@fascicle/hybrid';

@ObjectType('SupervisorCheck', {
  description:
    "Whether a session's confirmation counts toward its program under the program's supervisor rule",
})
export class SupervisorCheckModel {
  @Field({ description: 'The supervisor met the rule (always, for a program without one)' })
  qualified: boolean;

  @Field(() => [String], { description: 'What the supervisor lacked, in words' })
  reasons: string[];

  static from(check: SupervisorQualification): SupervisorCheckModel {
    return Object.assign(new SupervisorCheckModel(), {
      qualified: check.qualified,
      reasons: check.qualified ? [] : check.reasons.map((reason) => reason.message),
    });
  }
}
