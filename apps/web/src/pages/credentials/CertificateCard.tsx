import { useState } from 'react';
import { Link } from 'react-router';
import { describeCeHours } from '@fascicle/contact-hours';
import { credentialPath, verifyPath } from '@fascicle/api-paths';
import type { MyCertificatesQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { date } from '../../ui/format';
import { CertificateStatusBadge } from './CertificateStatusBadge';
import { CreditRows } from './CreditRows';
import { ReissueCertificate, type Reissued } from './ReissueCertificate';
import { ScopeStatement } from './ScopeStatement';

export type Certificate = MyCertificatesQuery['myCertificates'][number];

interface Props {
  certificate: Certificate;
  downloading: boolean;
  onDownload: () => void;
  onReissued: (reissued: Reissued) => void;
}

export function CertificateCard({ certificate, downloading, onDownload, onReissued }: Props) {
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
      {/* Focusable by script: a reissued certificate's card takes focus in place of the old. */}
      <h2 id={`certificate-${certificate.id}`} tabIndex={-1}>
        {certificate.title}
      </h2>
      <p>
        <CertificateStatusBadge status={certificate.status} />{' '}
        {certificate.kind === 'PROGRAM' && <span className="muted">Credential program</span>}
      </p>
      {certificate.reissuable && (
        <ReissueCertificate certificate={certificate} onReissued={onReissued} />
      )}
      <ScopeStatement kind={certificate.credentialKind} statement={certificate.scopeStatement} />
      <dl className="details">
        <dt>Code</dt>
        <dd className="code">{certificate.code}</dd>
        <dt>Holder</dt>
        <dd>{certificate.holderName}</dd>
        {certificate.licenseNumber && (
          <>
            <dt>License</dt>
            <dd>
              {certificate.licenseNumber}
              {certificate.licenseState && ` (${certificate.licenseState})`}
            </dd>
          </>
        )}
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
