import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { verifyPath } from '@fascicle/api-paths';
import { describeCeHours } from '@fascicle/contact-hours';
import { graphql } from '../../gql';
import type { VerifyCertificateQuery, VerificationStatus } from '../../gql/graphql';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { date } from '../../ui/format';
import { CreditRows } from '../credentials/CreditRows';
import { ScopeStatement } from '../credentials/ScopeStatement';

const VerifyCertificateDocument = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      code
      codeWellFormed
      status
      holderName
      licenseNumber
      licenseState
      title
      courseVersion
      provider
      ceHours
      creditMinutes
      onlineMinutes
      liveMinutes
      credentialKind
      scopeStatement
      approvals {
        body
        approvalNumber
        isSample
        hoursText
      }
      completedOn
      expiresOn
      revokedOn
      supersededByCode
    }
  }
`);

type Verification = VerifyCertificateQuery['verifyCertificate'];

/** Colour, icon and word together: unmistakable on a phone in a hurry, and without colour. */
const VERDICTS: Record<
  VerificationStatus,
  { tone: string; icon: string; word: string; explain: string }
> = {
  VALID: {
    tone: 'ok',
    icon: '✓',
    word: 'VALID',
    explain: 'This certificate is genuine and in force.',
  },
  EXPIRED: {
    tone: 'warn',
    icon: '!',
    word: 'EXPIRED',
    explain: 'This certificate was genuine but is past its validity date.',
  },
  REVOKED: {
    tone: 'danger',
    icon: '✕',
    word: 'REVOKED',
    explain: 'This certificate was withdrawn by the provider and no longer counts.',
  },
  SUPERSEDED: {
    tone: 'info',
    icon: '↻',
    word: 'REISSUED',
    explain:
      'The holder corrected their name or license: the new certificate prints them as they are now.',
  },
  NOT_FOUND: {
    tone: 'neutral',
    icon: '?',
    word: 'NOT FOUND',
    explain: 'No certificate has this code.',
  },
};

export function VerifyResultPage() {
  const { code = '' } = useParams();
  // Always ask the server: a revocation must show at once.
  const result = useQuery(VerifyCertificateDocument, {
    variables: { code },
    fetchPolicy: 'network-only',
  });
  return (
    <QueryState result={result} label="Checking the certificate">
      {({ verifyCertificate }) => <Verdict verification={verifyCertificate} />}
    </QueryState>
  );
}

function Verdict({ verification }: { verification: Verification }) {
  const verdict = VERDICTS[verification.status];
  const found = verification.status !== 'NOT_FOUND';
  const superseded = verification.status === 'SUPERSEDED';
  return (
    <Page title="Certificate verification">
      <section
        className={`verdict verdict-${verdict.tone}`}
        role="status"
        aria-labelledby="verdict-word"
      >
        <span className="verdict-icon" aria-hidden="true">
          {verdict.icon}
        </span>
        <div>
          <p className="verdict-word" id="verdict-word">
            {verdict.word}
          </p>
          {verification.supersededByCode && (
            <p>
              Replaced by certificate{' '}
              <Link className="code" to={verifyPath(verification.supersededByCode)}>
                {verification.supersededByCode}
              </Link>
            </p>
          )}
          <p>{verdict.explain}</p>
          {!verification.codeWellFormed && (
            <p>
              The code has a typing mistake (its check character does not match). Check it and try
              again.
            </p>
          )}
        </div>
      </section>
      {superseded && (
        <>
          <h2>As first printed</h2>
          <p className="muted">The details below are those this certificate was issued with.</p>
        </>
      )}
      {found && verification.credentialKind && (
        <ScopeStatement
          kind={verification.credentialKind}
          statement={verification.scopeStatement ?? ''}
        />
      )}
      {found && (
        <dl className="details">
          <dt>Holder</dt>
          <dd>{verification.holderName}</dd>
          {verification.licenseNumber && (
            <>
              <dt>License</dt>
              <dd>
                {verification.licenseNumber}
                {verification.licenseState && ` (${verification.licenseState})`}
              </dd>
            </>
          )}
          <dt>Course</dt>
          <dd>
            {verification.title}
            {verification.courseVersion && `, version ${verification.courseVersion}`}
          </dd>
          {verification.ceHours !== null && (
            <>
              <dt>CE hours</dt>
              <dd>{describeCeHours(verification.ceHours)} (hours of 60 minutes)</dd>
            </>
          )}
          {verification.creditMinutes !== null && (
            <CreditRows
              creditMinutes={verification.creditMinutes}
              onlineMinutes={verification.onlineMinutes ?? 0}
              liveMinutes={verification.liveMinutes ?? 0}
              approvals={verification.approvals}
            />
          )}
          <dt>Completed</dt>
          <dd>{date(verification.completedOn)}</dd>
          <dt>Valid until</dt>
          <dd>{verification.expiresOn ? date(verification.expiresOn) : 'Does not expire'}</dd>
          {verification.revokedOn && (
            <>
              <dt>Revoked on</dt>
              <dd>{date(verification.revokedOn)}</dd>
            </>
          )}
          {verification.provider && (
            <>
              <dt>Provider</dt>
              <dd>{verification.provider}</dd>
            </>
          )}
          <dt>Code</dt>
          <dd className="code">{verification.code}</dd>
        </dl>
      )}
      <p className="section">
        <Link to="/verify">Verify another code</Link>
      </p>
    </Page>
  );
}
