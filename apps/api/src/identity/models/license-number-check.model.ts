import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { LicenseNumberCheck } from '@fascicle/regulation';

export enum LicenseNumberCheckStatus {
  VALID = 'VALID',
  INVALID = 'INVALID',
  UNCHECKED = 'UNCHECKED',
}
registerEnumType(LicenseNumberCheckStatus, {
  name: 'LicenseNumberCheckStatus',
  valuesMap: {
    VALID: { description: "Matches the state's published format" },
    INVALID: {
      description: "Does not match the state's published format (entered before the check)",
    },
    UNCHECKED: { description: 'No published format for this state and profession was found' },
  },
});

@ObjectType('LicenseNumberCheck', {
  description: "A license number against its state's published format, with the source",
})
export class LicenseNumberCheckModel {
  @Field(() => LicenseNumberCheckStatus)
  status: LicenseNumberCheckStatus;

  @Field({ description: 'In plain words: the format matched, the format to use, or why unchecked' })
  message: string;

  @Field(() => String, { nullable: true, description: 'Where the format was published' })
  sourceUrl: string | null;

  static from(check: LicenseNumberCheck): LicenseNumberCheckModel {
    const model = new LicenseNumberCheckModel();
    switch (check.status) {
      case 'VALID':
        return Object.assign(model, {
          status: LicenseNumberCheckStatus.VALID,
          message: `Matches the published format: ${check.format}`,
          sourceUrl: check.source.url,
        });
      case 'INVALID':
        return Object.assign(model, {
          status: LicenseNumberCheckStatus.INVALID,
          message: check.message,
          sourceUrl: check.source.url,
        });
      case 'UNCHECKED':
        return Object.assign(model, {
          status: LicenseNumberCheckStatus.UNCHECKED,
          message: `Not checked against a published format. ${check.reason}`.trim(),
          sourceUrl: null,
        });
    }
  }
}
