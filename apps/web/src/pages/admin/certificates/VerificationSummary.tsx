import { Link } from 'react-router';
import { verifyPath } from '@fascicle/api-paths';
import type { AdminVerifyCertificateQuery, VerificationStatus } from '../../../gql/graphql';
import { Badge, type Tone } from '../../../ui/Badge';
import { date } from '../../../ui/format';

const LOOK: Record<VerificationStatus, { tone: Tone; words: string }> = {
  VALID: { tone: 'ok', words: 'VALID' },
  EXPIRED: { tone: 'warn', words: 'EXPIRED' },
  REVOKED: { tone: 'danger', words: 'REVOKED' },
  SUPERSEDED: { tone: 'info', words: 'REISSUED' },
  NOT_FOUND: { tone: 'neutral', words: 'NOT FOUND' },
};

type Verification = AdminVerifyCertificateQuery['verifyCertificate'];

/** What public verification says about a code: the admin sees what an employer would. */
export function VerificationSummary({ verification }: { verification: Verification }) {
  const { tone, words } = LOOK[verification.status];
  return (
    <dl className="details">
      <dt>Verification says</dt>
      <dd>
        <Badge tone={tone}>{words}</Badge>
        {verification.supersededByCode && (
          <>
            {' '}
            replaced by certificate{' '}
            <Link className="code" to={verifyPath(verification.supersededByCode)}>
              {verification.supersededByCode}
            </Link>
          </>
        )}
      </dd>
      <dt>Code</dt>
      <dd className="code">{verification.code}</dd>
      {verification.status !== 'NOT_FOUND' && (
        <>
          <dt>{verification.status === 'SUPERSEDED' ? 'Holder, as first printed' : 'Holder'}</dt>
          <dd>
            {verification.holderName ?? '—'}
            {verification.licenseNumber &&
              ` (license ${verification.licenseState ?? ''} ${verification.licenseNumber})`}
          </dd>
          <dt>Course</dt>
          <dd>
            {verification.title ?? '—'}
            {verification.courseVersion !== null && `, version ${verification.courseVersion}`}
          </dd>
          <dt>CE hours</dt>
          <dd>{verification.ceHours ?? '—'}</dd>
          <dt>Completed</dt>
          <dd>{date(verification.completedOn)}</dd>
          <dt>Expires</dt>
          <dd>{verification.expiresOn ? date(verification.expiresOn) : 'Does not expire'}</dd>
          {verification.revokedOn && (
            <>
              <dt>Revoked on</dt>
              <dd>{date(verification.revokedOn)}</dd>
            </>
          )}
        </>
      )}
    </dl>
  );
}
