import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { describeCeHours } from '@fascicle/contact-hours';
import { credentialPath, verifyPath } from '@fascicle/api-paths';
import { graphql } from '../../gql';
import type { MyCertificatesQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { useDownloadWithToken } from '../../ui/download';
import { date } from '../../ui/format';
import { CertificateStatusBadge } from './CertificateStatusBadge';
import { CreditRows } from './CreditRows';
import { ScopeStatement } from './ScopeStatement';

const MyCertificatesDocument = graphql(`
  query MyCertificates {
    myCertificates {
      id
      code
      kind
      title
      courseVersion
      ceHours
      creditMinutes
      onlineMinutes
      liveMinutes
      credentialKind
      scopeStatement
      completedOn
      expiresOn
      revokedOn
      status
      holderName
      licenseNumber
      licenseState
      pdfUrl
      verifyUrl
      approvals {
        body
        approvalNumber
        isSample
        hoursText
      }
    }
  }
`);

type Certificate = MyCertificatesQuery['myCertificates'][number];

export function CertificatesPage() {
  const result = useQuery(MyCertificatesDocument);
  const { download, busyUrl, error } = useDownloadWithToken();
  return (
    <Page title="Certificates" actions={<Link to="/transcript">Transcript</Link>}>
      <FormError message={error ?? undefined} />
      <QueryState result={result} label="Loading your certificates">
        {({ myCertificates }) =>
          myCertificates.length === 0 ? (
            <p>
              No certificates yet. Complete a course to earn one:{' '}
              <Link to="/learning">My learning</Link>.
            </p>
          ) : (
            <ul className="cards wide">
              {myCertificates.map((certificate) => (
                <CertificateCard
                  key={certificate.id}
                  certificate={certificate}
                  downloading={busyUrl === certificate.pdfUrl}
                  onDownload={() =>
                    void download(certificate.pdfUrl, `certificate-${certificate.code}.pdf`)
                  }
                />
              ))}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}

function CertificateCard({
  certificate,
  downloading,
  onDownload,
}: {
  certificate: Certificate;
  downloading: boolean;
  onDownload: () => void;
}) {
  const [copied, setCopied] = useState(false);

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(certificate.verifyUrl);
      setCopied(true);
    } catch {
      // Clipboard refused (permissions, insecure origin): the link is on the page to copy by hand.
      setCopied(false);
    }
  }

  return (
    <li className="card" aria-labelledby={`certificate-${certificate.id}`}>
      <h2 id={`certificate-${certificate.id}`}>{certificate.title}</h2>
      <p>
        <CertificateStatusBadge status={certificate.status} />{' '}
        {certificate.kind === 'PROGRAM' && <span className="muted">Credential program</span>}
      </p>
      <ScopeStatement kind={certificate.credentialKind} statement={certificate.scopeStatement} />
      <dl className="details">
        <dt>Code</dt>
        <dd className="code">{certificate.code}</dd>
        <dt>CE hours</dt>
        <dd>{describeCeHours(certificate.ceHours)} (hours of 60 minutes)</dd>
        <CreditRows
          creditMinutes={certificate.creditMinutes}
          onlineMinutes={certificate.onlineMinutes}
          liveMinutes={certificate.liveMinutes}
          approvals={certificate.approvals}
          noApprovals={
            certificate.kind === 'PROGRAM'
              ? 'Approval numbers are on each course’s certificate'
              : 'No accreditation approval recorded for this course'
          }
        />
        <dt>Completed</dt>
        <dd>{date(certificate.completedOn)}</dd>
        <dt>Valid until</dt>
        <dd>{certificate.expiresOn ? date(certificate.expiresOn) : 'Does not expire'}</dd>
        {certificate.revokedOn && (
          <>
            <dt>Revoked</dt>
            <dd>{date(certificate.revokedOn)}</dd>
          </>
        )}
        <dt>Share link</dt>
        <dd>
          <Link to={verifyPath(certificate.code)}>{certificate.verifyUrl}</Link>
        </dd>
      </dl>
      <div className="actions">
        <Button onClick={onDownload} busy={downloading} busyLabel="Preparing the PDF">
          Download PDF
        </Button>
        <Button variant="secondary" onClick={() => void copyLink()}>
          Copy share link
        </Button>
        <a
          className="button button-secondary"
          href={credentialPath(certificate.code)}
          download={`certificate-${certificate.code}.jwt`}
        >
          Credential file
        </a>
      </div>
      <p role="status" aria-live="polite" className="muted">
        {copied ? '✓ Share link copied' : ''}
      </p>
    </li>
  );
}
