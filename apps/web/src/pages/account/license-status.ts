import type { EffectiveLicenseStatus, LicenseStatus } from '../../gql/graphql';
import type { Tone } from '../../ui/Badge';

/** The statuses a holder records, as the board's lookup words them. */
export const LICENSE_STATUS_LABELS: Record<LicenseStatus, string> = {
  ACTIVE: 'Active',
  INACTIVE: 'Inactive',
  SUSPENDED: 'Suspended',
  REVOKED: 'Revoked',
};

/** Today's status, with EXPIRED worked out by the API from the renewal date. */
export const EFFECTIVE_STATUS: Record<EffectiveLicenseStatus, { label: string; tone: Tone }> = {
  ACTIVE: { label: 'Active', tone: 'ok' },
  EXPIRED: { label: 'Expired: past its renewal date', tone: 'danger' },
  INACTIVE: { label: 'Inactive', tone: 'warn' },
  SUSPENDED: { label: 'Suspended', tone: 'danger' },
  REVOKED: { label: 'Revoked', tone: 'danger' },
};
