import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { ApprovalStatus } from '../../../gql/graphql';
import { Badge, type Tone } from '../../../ui/Badge';
import { QueryState } from '../../../ui/QueryState';
import { date } from '../../../ui/format';
import { unitText } from './contact-hour-units';
import { RecordApprovalForm } from './RecordApprovalForm';

const CourseApprovalsDocument = graphql(`
  query AdminCourseApprovals($slug: String!) {
    course(slug: $slug) {
      id
      slug
      currentVersion {
        id
        title
      }
      approvals {
        id
        body
        approvalNumber
        validFrom
        validUntil
        isSample
        status
        minutesPerHour
        increment
      }
    }
  }
`);

const LOOK: Record<ApprovalStatus, { tone: Tone; words: string }> = {
  ACTIVE: { tone: 'ok', words: 'Active' },
  PENDING: { tone: 'info', words: 'Not yet valid' },
  EXPIRED: { tone: 'warn', words: 'Expired' },
};

export function CourseApprovals({ slug }: { slug: string }) {
  const result = useQuery(CourseApprovalsDocument, { variables: { slug } });
  return (
    <QueryState result={result} label="Loading the course">
      {({ course }) => {
        const title = course.currentVersion?.title ?? course.slug;
        return (
          <>
            <section className="section" aria-labelledby="approvals-title">
              <h2 id="approvals-title">Approvals of {title}</h2>
              {course.approvals.length === 0 ? (
                <p>No approval is recorded for this course.</p>
              ) : (
                <div className="table-wrap">
                  <table className="data">
                    <caption className="sr-only">Approvals of {title}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Body</th>
                        <th scope="col">Number</th>
                        <th scope="col">Valid from</th>
                        <th scope="col">Valid until</th>
                        <th scope="col">Contact hour</th>
                        <th scope="col">Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      {course.approvals.map((approval) => (
                        <tr key={approval.id}>
                          <th scope="row">{approval.body}</th>
                          <td className="code">{approval.approvalNumber}</td>
                          <td>{date(approval.validFrom)}</td>
                          <td>{approval.validUntil ? date(approval.validUntil) : 'Open'}</td>
                          <td>{unitText(approval)}</td>
                          <td>
                            <Badge tone={LOOK[approval.status].tone}>
                              {LOOK[approval.status].words}
                            </Badge>{' '}
                            {approval.isSample && <Badge tone="neutral">Sample</Badge>}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
            <section className="section" aria-labelledby="record-title">
              <h2 id="record-title">Record an approval</h2>
              <RecordApprovalForm courseId={course.id} />
            </section>
          </>
        );
      }}
    </QueryState>
  );
}
