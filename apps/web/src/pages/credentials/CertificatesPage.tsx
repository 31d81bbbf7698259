import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { FormError } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { useDownloadWithToken } from '../../ui/download';
import { HybridProgramLinks } from '../lab/HybridProgramLinks';
import { CertificateCard } from './CertificateCard';
import type { Reissued } from './ReissueCertificate';

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
      reissuable
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

export function CertificatesPage() {
  const result = useQuery(MyCertificatesDocument);
  const { download, busyUrl, error } = useDownloadWithToken();
  const [reissued, setReissued] = useState<Reissued | null>(null);

  // The old certificate's card (and the button that was pressed) is gone: the new one's
  // heading takes focus, where the list now has it.
  useEffect(() => {
    if (reissued) document.getElementById(`certificate-${reissued.id}`)?.focus();
  }, [reissued]);

  return (
    <Page title="Certificates" actions={<Link to="/transcript">Transcript</Link>}>
      <FormError message={error ?? undefined} />
      <div role="status">
        {reissued && (
          <p className="notice notice-ok">
            ✓ “{reissued.title}” is reissued with your current name and license. Its new code is{' '}
            <span className="code">{reissued.code}</span>; the old code{' '}
            <span className="code">{reissued.replaces}</span> now verifies as replaced by it.
          </p>
        )}
      </div>
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
                  onReissued={setReissued}
                />
              ))}
            </ul>
          )
        }
      </QueryState>
      <HybridProgramLinks />
    </Page>
  );
}
