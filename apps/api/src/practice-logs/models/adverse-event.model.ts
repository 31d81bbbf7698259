import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import type { AdverseEventEntity } from '../entities/adverse-event.entity.js';
import { AdverseEventSeverity, AdverseEventType } from '../practice-log-kinds.js';

@ObjectType('AdverseEvent', {
  description: 'An adverse event a clinician recorded from their own practice, patient-free',
})
export class AdverseEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  clinicianId: string;

  @Field({ description: 'YYYY-MM-DD' })
  eventDate: string;

  @Field(() => AdverseEventSeverity)
  severity: AdverseEventSeverity;

  @Field(() => AdverseEventType)
  type: AdverseEventType;

  @Field()
  actionTaken: string;

  @Field()
  outcome: string;

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;

  static from(entity: AdverseEventEntity): AdverseEventModel {
    return Object.assign(new AdverseEventModel(), {
      id: entity.id,
      clinicianId: entity.clinicianId,
      eventDate: entity.eventDate,
      severity: entity.severity,
      type: entity.type,
      actionTaken: entity.actionTaken,
      outcome: entity.outcome,
      recordedAt: entity.recordedAt,
    });
  }
}

@ObjectType()
export class AdverseEventConnection extends ConnectionType(AdverseEventModel, 'AdverseEvent') {}

@ObjectType('TreatmentCount', { description: 'Dry needling treatments you gave on a day' })
export class TreatmentCountModel {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('ClinicAdverseEventRate', {
  description: "A clinic's adverse events and, where its members log treatments, the rate",
})
export class ClinicAdverseEventRateModel {
  @Field(() => ID)
  organizationId: string;

  @Field(() => Int, { description: "Events recorded by the clinic's active members" })
  eventCount: number;

  @Field(() => Int, { description: 'Treatments those members logged' })
  treatmentCount: number;

  @Field(() => Int, {
    description: 'Events recorded by the members who log treatments: the numerator of the rate',
  })
  eventsWithTreatmentsLogged: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Events per 1,000 treatments, over the members who log treatments; null when none are logged',
  })
  ratePerThousandTreatments: number | null;
}

@ObjectType('AdverseEventGroup', {
  description: 'Events of one type, or the merged group of types with fewer than five each',
})
export class AdverseEventGroupModel {
  @Field(() => AdverseEventType, {
    nullable: true,
    description: 'The type; null for the merged group of types with fewer than five events each',
  })
  type: AdverseEventType | null;

  @Field(() => [AdverseEventType], { description: 'The types the group counts' })
  types: AdverseEventType[];

  @Field(() => Int, {
    nullable: true,
    description: 'How many events; null when the group holds fewer than five ("fewer than 5")',
  })
  count: number | null;
}

@ObjectType('AdverseEventSummary', {
  description:
    'Adverse events recorded on the platform, by type, in groups of at least five events so no clinician or patient can be singled out',
})
export class AdverseEventSummaryModel {
  @Field(() => [AdverseEventGroupModel], {
    description: 'Types with at least five events each, most first, then the merged rest',
  })
  groups: AdverseEventGroupModel[];

  @Field(() => Int, {
    nullable: true,
    description:
      'All events; null when it would reveal the size of a group of fewer than five (by subtraction)',
  })
  total: number | null;
}
