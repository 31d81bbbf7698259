import type { ProfileLicenseFieldsFragment } from '../../gql/graphql';
import { Badge, type Tone } from '../../ui/Badge';

type Check = ProfileLicenseFieldsFragment['numberCheck'];

const SHOWN: Record<Check['status'], { label: string; tone: Tone }> = {
  VALID: { label: 'Matches the published format', tone: 'ok' },
  UNCHECKED: { label: 'Not checked against a published format', tone: 'neutral' },
  INVALID: { label: 'Does not match the published format', tone: 'warn' },
};

/**
 * The license number against its state's published format: boards' tracking systems (CE
 * Broker) match the number exactly as the state prints it, so a mismatch is worth fixing.
 */
export function LicenseNumberCheck({ check }: { check: Check }) {
  const shown = SHOWN[check.status];
  return (
    <>
      <Badge tone={shown.tone}>{shown.label}</Badge>{' '}
      {check.status !== 'VALID' && <span className="muted">{check.message}</span>}
      {check.sourceUrl && (
        <>
          {' '}
          <a href={check.sourceUrl} rel="noreferrer noopener" target="_blank">
            Where the format is published
          </a>
        </>
      )}
    </>
  );
}
