import { Link } from 'react-router';
import { describeCeHours } from '@fascicle/contact-hours';
import type { CatalogQuery } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { duration } from '../../ui/format';
import { approvalLine, shortSummary } from './course-card';

export type CatalogCourse = CatalogQuery['courses']['edges'][number]['node'];

/**
 * A course in the catalog, compact so that several fit on a screen: its title (the link),
 * CE hours, approval and the start of its summary. The course page has the rest.
 */
export function CourseCard({ course }: { course: CatalogCourse }) {
  const version = course.currentVersion;
  if (!version) return null;
  // As the API's approval filter counts them: in force today, and not a demonstration record.
  const approved = approvalLine(
    course.approvals
      .filter((approval) => approval.status === 'ACTIVE' && !approval.isSample)
      .map((approval) => approval.body),
  );
  return (
    <li className="card course-card">
      <h3>
        <Link to={`/courses/${course.slug}`}>{version.title}</Link>
      </h3>
      <ul className="meta">
        <li>
          <strong>{describeCeHours(version.ceHours)}</strong>
        </li>
        <li>About {duration(version.creditMinutes)} of instruction</li>
      </ul>
      <p>{approved ? <Badge tone="ok">{approved}</Badge> : <Badge>No board approval</Badge>}</p>
      <p className="course-summary">{shortSummary(version.summary)}</p>
    </li>
  );
}
