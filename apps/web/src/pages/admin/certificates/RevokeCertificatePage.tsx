import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { verifyPath } from '@fascicle/api-paths';
import { graphql } from '../../../gql';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import '../admin.css';
import { QueryState } from '../../../ui/QueryState';
import { RevokeForm } from './RevokeForm';
import { VerificationSummary } from './VerificationSummary';

const VerifyCertificateDocument = graphql(`
  query AdminVerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      code
      codeWellFormed
      status
      holderName
      licenseNumber
      licenseState
      title
      courseVersion
      ceHours
      completedOn
      expiresOn
      revokedOn
      supersededByCode
    }
  }
`);

/**
 * Look a certificate up first, so the admin sees whose certificate it is before revoking it;
 * the code lives in the address so a support ticket can link straight here.
 */
export function RevokeCertificatePage() {
  const [params, setParams] = useSearchParams();
  const code = params.get('code')?.trim() ?? '';
  const [message, setMessage] = useState<string | null>(null);

  function onLookUp(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    setMessage(null);
    setParams(typed ? { code: typed } : {});
  }

  return (
    <Page
      title="Revoke a certificate"
      lead="Revoking is permanent: verification shows the certificate as revoked at once, with the date but never the reason."
    >
      <form
        className="form narrow"
        role="search"
        aria-label="Find a certificate"
        onSubmit={onLookUp}
      >
        <TextField
          key={code}
          label="Certificate code"
          name="code"
          defaultValue={code}
          autoComplete="off"
          spellCheck={false}
          hint="As printed on the certificate, e.g. 7KQ4-M2XD-9HJB-TC1"
          required
        />
        <div className="actions">
          <Button type="submit">Look up</Button>
        </div>
      </form>
      <p role="status" className={message ? 'notice notice-ok' : 'sr-only'}>
        {message}
      </p>
      {code && (
        <section className="section" aria-labelledby="certificate-title">
          <h2 id="certificate-title">Certificate</h2>
          <Lookup code={code} onRevoked={setMessage} />
        </section>
      )}
    </Page>
  );
}

function Lookup({ code, onRevoked }: { code: string; onRevoked: (message: string) => void }) {
  const result = useQuery(VerifyCertificateDocument, {
    variables: { code },
    fetchPolicy: 'network-only',
  });
  return (
    <QueryState result={result} label="Checking the certificate">
      {({ verifyCertificate: verification }) => (
        <>
          {!verification.codeWellFormed && (
            <p className="notice notice-warn">
              This code has a typing mistake: its check character does not match. Compare it with
              the certificate.
            </p>
          )}
          <VerificationSummary verification={verification} />
          <p>
            <Link to={verifyPath(verification.code)}>Open the public verification page</Link>
          </p>
          {(verification.status === 'VALID' || verification.status === 'EXPIRED') && (
            <RevokeForm
              code={verification.code}
              holderName={verification.holderName ?? 'the holder'}
              onRevoked={() => {
                onRevoked(`Certificate ${verification.code} is revoked.`);
                void result.refetch();
              }}
            />
          )}
          {verification.status === 'REVOKED' && <p>This certificate is already revoked.</p>}
          {verification.supersededByCode && (
            <p>
              This certificate was reissued, so only the current one can be revoked:{' '}
              <Link to={`?code=${encodeURIComponent(verification.supersededByCode)}`}>
                look up {verification.supersededByCode}
              </Link>
              .
            </p>
          )}
          {verification.status === 'NOT_FOUND' && <p>No certificate has this code.</p>}
        </>
      )}
    </QueryState>
  );
}
