import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { verifyPath } from '@fascicle/api-paths';
import { graphql } from '../../gql';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { useDownloadWithToken } from '../../ui/download';
import { date } from '../../ui/format';
import { CorrectionNoticeList } from '../corrections/CorrectionNoticeList';
import { CertificateStatusBadge } from './CertificateStatusBadge';

const MyTranscriptDocument = graphql(`
  query MyTranscript {
    myTranscript {
      totalHours
      csvUrl
      years {
        year
        hours
      }
      certificates {
        id
        code
        kind
        title
        ceHours
        onlineMinutes
        liveMinutes
        completedOn
        expiresOn
        status
        correctionNotices {
          ...TranscriptCorrectionNoticeFields
        }
      }
    }
  }
`);

export function TranscriptPage() {
  const result = useQuery(MyTranscriptDocument);
  const { download, busyUrl, error } = useDownloadWithToken();
  return (
    <QueryState result={result} label="Loading your transcript">
      {({ myTranscript }) => (
        <Page
          title="Transcript"
          lead={`${myTranscript.totalHours} CE hours in total (revoked certificates do not count).`}
          actions={
            <Button
              variant="secondary"
              busy={busyUrl === myTranscript.csvUrl}
              busyLabel="Preparing the CSV"
              onClick={() => void download(myTranscript.csvUrl, 'transcript.csv')}
            >
              Download CSV
            </Button>
          }
        >
          <FormError message={error ?? undefined} />
          {myTranscript.years.length > 0 && (
            <section className="section" aria-labelledby="by-year">
              <h2 id="by-year">Hours by year</h2>
              <ul className="meta">
                {myTranscript.years.map((year) => (
                  <li key={year.year}>
                    <strong>{year.year}</strong>: {year.hours} h
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section className="section" aria-labelledby="certificates">
            <h2 id="certificates">Certificates</h2>
            {myTranscript.certificates.length === 0 ? (
              <p>
                Nothing yet. <Link to="/courses">Find a course</Link>.
              </p>
            ) : (
              <div className="table-wrap">
                <table className="data">
                  <caption className="sr-only">Your certificates, newest first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Course</th>
                      <th scope="col">Completed</th>
                      <th scope="col">CE hours</th>
                      <th scope="col">Online / live (min)</th>
                      <th scope="col">Status</th>
                      <th scope="col">Code</th>
                    </tr>
                  </thead>
                  <tbody>
                    {myTranscript.certificates.map((certificate) => (
                      <Fragment key={certificate.id}>
                        <tr>
                          <td>{certificate.title}</td>
                          <td>{date(certificate.completedOn)}</td>
                          <td>{certificate.ceHours}</td>
                          <td>
                            {certificate.onlineMinutes} / {certificate.liveMinutes}
                          </td>
                          <td>
                            <CertificateStatusBadge status={certificate.status} />
                          </td>
                          <td className="code">
                            <Link to={verifyPath(certificate.code)}>{certificate.code}</Link>
                          </td>
                        </tr>
                        {certificate.correctionNotices.length > 0 && (
                          <tr>
                            <td colSpan={6}>
                              <CorrectionNoticeList notices={certificate.correctionNotices} />
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </Page>
      )}
    </QueryState>
  );
}
