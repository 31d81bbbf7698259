import { registerEnumType } from '@nestjs/graphql';

/** Where a supervised session placed needles. Coarse on purpose: no region names a patient. */
export enum BodyRegion {
  HEAD_AND_NECK = 'HEAD_AND_NECK',
  SHOULDER_GIRDLE = 'SHOULDER_GIRDLE',
  THORACIC_BACK = 'THORACIC_BACK',
  CHEST_WALL = 'CHEST_WALL',
  LUMBAR_BACK = 'LUMBAR_BACK',
  ABDOMEN = 'ABDOMEN',
  ARM = 'ARM',
  FOREARM_AND_HAND = 'FOREARM_AND_HAND',
  HIP_AND_BUTTOCK = 'HIP_AND_BUTTOCK',
  THIGH = 'THIGH',
  LEG_AND_FOOT = 'LEG_AND_FOOT',
}

export enum SupervisedSessionStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}

/**
 * The two levels the safety course's adverse-event lesson reports (03-safety, lesson 2): Brady
 * et al. (2014) recorded mild and significant events on two separate forms; Boyce et al. (2020)
 * report minor and major events.
 */
export enum AdverseEventSeverity {
  MILD = 'MILD',
  SIGNIFICANT = 'SIGNIFICANT',
}

export enum AdverseEventType {
  BLEEDING = 'BLEEDING',
  BRUISING = 'BRUISING',
  PAIN = 'PAIN',
  SYNCOPE = 'SYNCOPE',
  PNEUMOTHORAX = 'PNEUMOTHORAX',
  NERVE_INJURY = 'NERVE_INJURY',
  INFECTION = 'INFECTION',
  BROKEN_NEEDLE = 'BROKEN_NEEDLE',
  OTHER = 'OTHER',
}

registerEnumType(BodyRegion, {
  name: 'BodyRegion',
  description: 'A body region needled in a supervised session',
  valuesMap: {
    THORACIC_BACK: { description: 'Thoracic back: a region over the lung' },
    CHEST_WALL: { description: 'Chest wall: a region over the lung' },
  },
});

registerEnumType(SupervisedSessionStatus, {
  name: 'SupervisedSessionStatus',
  valuesMap: {
    PENDING: { description: 'Recorded by the learner, waiting for the supervisor' },
    CONFIRMED: { description: 'The named supervisor confirmed it; it counts toward the program' },
    REJECTED: { description: 'The named supervisor rejected it, with a reason' },
  },
});

registerEnumType(AdverseEventSeverity, {
  name: 'AdverseEventSeverity',
  description:
    'Severity as in the studies the safety course cites: Brady et al. (2014, J Man Manip Ther 22(3):134-140) recorded mild and significant adverse events on separate forms; Boyce et al. (2020, Int J Sports Phys Ther 15(1):103-113) report minor and major events',
  valuesMap: {
    MILD: {
      description:
        'Mild (minor in Boyce et al. 2020): short-lived and reversible, such as bruising, bleeding or pain during or after needling, the commonest mild events in Brady et al. (2014)',
    },
    SIGNIFICANT: {
      description:
        'Significant (major in Boyce et al. 2020): needs further medical care, or stops the patient from their usual activities; Brady et al. (2014) recorded none in 7,629 treatments',
    },
  },
});

registerEnumType(AdverseEventType, { name: 'AdverseEventType' });
