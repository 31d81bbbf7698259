import { Link } from 'react-router';
import type { CourseVersionStatus } from '../../gql/graphql';
import { dateTime } from '../../ui/format';

interface NoticeVersion {
  number: number;
  status: CourseVersionStatus;
  reviewComment: string | null;
  submittedAt: string | null;
  publishedAt: string | null;
  retiredAt: string | null;
  course: { slug: string; viewerIsAuthor: boolean };
}

/** Why the version can or cannot change, and the reviewer's comment when it was sent back. */
export function VersionNotice({ version }: { version: NoticeVersion }) {
  switch (version.status) {
    case 'DRAFT':
      if (!version.course.viewerIsAuthor) {
        return (
          <div className="notice notice-info">
            <p>Only the course's authors can change this draft.</p>
          </div>
        );
      }
      return version.reviewComment ? (
        <div className="notice notice-warn" role="region" aria-label="Reviewer's comment">
          <p className="notice-title">Sent back by the reviewer</p>
          <p className="pre-wrap">{version.reviewComment}</p>
          <p>Make the changes, then submit the version for review again.</p>
        </div>
      ) : null;
    case 'IN_REVIEW':
      return (
        <div className="notice notice-info">
          <p className="notice-title">Waiting for review</p>
          <p>
            Submitted {dateTime(version.submittedAt)}. It cannot change while an administrator
            reviews it; if it is sent back, you can edit it again.
          </p>
        </div>
      );
    case 'PUBLISHED':
    case 'RETIRED':
      return (
        <div className="notice notice-info">
          <p className="notice-title">
            {version.status === 'PUBLISHED'
              ? `Published ${dateTime(version.publishedAt)}`
              : `Retired ${dateTime(version.retiredAt)}`}
          </p>
          <p>
            A published version never changes, so certificates keep naming what learners took. To
            change the course,{' '}
            <Link to={`/teach/courses/${version.course.slug}`}>start a new draft</Link>.
          </p>
        </div>
      );
  }
}
