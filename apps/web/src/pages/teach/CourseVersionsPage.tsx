import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { TeachCourseQuery } from '../../gql/graphql';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { CoAuthors } from './CoAuthors';
import { dateTime } from '../../ui/format';
import { NewDraftForm } from './NewDraftForm';
import { VersionStatusBadge } from '../../ui/VersionStatusBadge';
import './teach.css';
import { TableWrap } from './TableWrap';

const TeachCourseDocument = graphql(`
  query TeachCourse($slug: String!) {
    course(slug: $slug) {
      id
      slug
      viewerIsAuthor
      viewerCanRemoveAuthors
      authors {
        userId
        displayName
        isOwner
      }
      currentVersion {
        id
        number
        title
      }
      openVersion {
        id
        number
        status
      }
      versions {
        id
        number
        title
        status
        changelog
        reviewComment
        submittedAt
        publishedAt
        retiredAt
      }
    }
  }
`);

type TeachCourse = TeachCourseQuery['course'];

/** Every version of one course, newest first, and the way to start the next one. */
export function CourseVersionsPage() {
  const { slug = '' } = useParams();
  const result = useQuery(TeachCourseDocument, { variables: { slug } });
  return (
    <QueryState result={result} label="Loading the course">
      {(data) => <CourseVersions course={data.course} />}
    </QueryState>
  );
}

function CourseVersions({ course }: { course: TeachCourse }) {
  const versions = [...course.versions].reverse();
  const title = versions[0]?.title ?? course.slug;
  return (
    <Page title={title} lead={`Course /${course.slug}: every version, newest first.`}>
      <p>
        <Link to="/teach">← My courses</Link>
      </p>
      <section className="section" aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versions</h2>
        <TableWrap label="Table of versions">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Status</th>
                <th scope="col">Dates</th>
                <th scope="col">Changes</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.id}>
                  <th scope="row">
                    <Link
                      to={`/teach/versions/${version.id}`}
                      aria-label={`Version ${version.number}: ${version.title}`}
                    >
                      Version {version.number}
                    </Link>
                  </th>
                  <td>
                    <VersionStatusBadge
                      status={version.status}
                      sentBack={version.reviewComment !== null}
                    />
                  </td>
                  <td>
                    <VersionDates version={version} />
                  </td>
                  <td className="pre-wrap">{version.changelog || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
      {course.viewerIsAuthor && (
        <section className="section" aria-labelledby="next-version-heading">
          <h2 id="next-version-heading">Next version</h2>
          {course.openVersion ? (
            <p>
              Version {course.openVersion.number} is{' '}
              {course.openVersion.status === 'DRAFT' ? 'a draft' : 'in review'}:{' '}
              <Link to={`/teach/versions/${course.openVersion.id}`}>
                {course.openVersion.status === 'DRAFT' ? 'edit it' : 'read it'}
              </Link>
              . A course has one open version at a time.
            </p>
          ) : course.currentVersion ? (
            <NewDraftForm courseId={course.id} publishedNumber={course.currentVersion.number} />
          ) : (
            <p>A new version can start once this course has a published version.</p>
          )}
        </section>
      )}
      {course.viewerIsAuthor && (
        <section className="section" aria-labelledby="board-reporting-heading">
          <h2 id="board-reporting-heading">Reporting to CE Broker</h2>
          <p>
            <Link to={`/teach/board-reporting?course=${course.id}`}>
              Report this course’s completions to CE Broker
            </Link>
            : settings, completions by status, the roster file.
          </p>
        </section>
      )}
      <CoAuthors course={course} />
    </Page>
  );
}

function VersionDates({ version }: { version: TeachCourse['versions'][number] }) {
  const dates = [
    version.submittedAt && `Submitted ${dateTime(version.submittedAt)}`,
    version.publishedAt && `Published ${dateTime(version.publishedAt)}`,
    version.retiredAt && `Retired ${dateTime(version.retiredAt)}`,
  ].filter(Boolean);
  if (dates.length === 0) return <>—</>;
  return (
    <ul className="compact-list plain-list">
      {dates.map((line) => (
        <li key={line as string}>{line}</li>
      ))}
    </ul>
  );
}
