import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import type { AdminReviewVersionQuery } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { Page } from '../../../ui/Page';
import '../admin.css';
import { QueryState } from '../../../ui/QueryState';
import { CreditReportView } from '../../teach/credit/CreditReportView';
import { ObservedTimeView } from '../../teach/credit/ObservedTimeView';
import { credentialKindLabel } from '../../teach/credit-details';
import { DisclosureView } from '../../teach/DisclosureView';
import { dateTime, plural } from '../../../ui/format';
import { ModulesReview } from './ModulesReview';
import { QuizzesSection } from './QuizzesSection';
import { ReviewActions } from './ReviewActions';
import { kindsInWords } from '../../corrections/correction-words';
import { VersionStatusBadge } from '../../../ui/VersionStatusBadge';

const ReviewVersionDocument = graphql(`
  query AdminReviewVersion($id: ID!) {
    courseVersion(id: $id) {
      id
      title
      number
      status
      summary
      audience
      creditMinutes
      ceHours
      certificateValidityMonths
      credentialKind
      scopeStatement
      releasedOn
      contentReviewedOn
      creditEndsOn
      objectives {
        key
        text
      }
      disclosure {
        ...TeachDisclosureFields
      }
      creditReport {
        ...CreditReportFields
      }
      observedTime {
        ...ObservedTimeFields
      }
      changelog
      learningObjectives
      handsOnObjectives
      topicTags
      correction {
        kinds
        summary
      }
      submittedAt
      reviewComment
      totalSeatTimeMinutes
      course {
        id
        slug
        authors {
          userId
          displayName
        }
      }
      modules {
        id
        position
        title
        objectives
        lessons {
          id
          position
          title
          seatTimeMinutes
          bodyHtml
          references {
            citation
            url
          }
        }
      }
      ...ReviewQuizzes
    }
  }
`);

type Version = AdminReviewVersionQuery['courseVersion'];

/** Everything a version says, as its learners would meet it, for the admin who reviews it. */
export function ReviewVersionPage() {
  const { versionId = '' } = useParams();
  const result = useQuery(ReviewVersionDocument, { variables: { id: versionId } });
  return (
    <QueryState result={result} label="Loading the version">
      {({ courseVersion }) => <VersionReview version={courseVersion} />}
    </QueryState>
  );
}

function VersionReview({ version }: { version: Version }) {
  const [message, setMessage] = useState<string | null>(null);
  const authors = version.course.authors.map((author) => author.displayName).join(', ');
  return (
    <Page
      title={`${version.title}, version ${version.number}`}
      lead={version.summary}
      actions={<Link to="/admin/reviews">Back to the review queue</Link>}
    >
      <p role="status" className={message ? 'notice notice-ok' : 'sr-only'}>
        {message}
      </p>
      <dl className="details">
        <dt>Status</dt>
        <dd>
          <VersionStatusBadge status={version.status} sentBack={version.reviewComment !== null} />
        </dd>
        <dt>Authors</dt>
        <dd>{authors || '—'}</dd>
        <dt>Submitted</dt>
        <dd>{dateTime(version.submittedAt)}</dd>
        <dt>Claimed instructional time</dt>
        <dd>
          {plural(version.creditMinutes, 'minute')} ({plural(version.ceHours, 'hour')} of 60
          minutes)
        </dd>
        <dt>Credential</dt>
        <dd>{credentialKindLabel(version.credentialKind)}</dd>
        <dt>Scope statement</dt>
        <dd className="pre-wrap">{version.scopeStatement || '—'}</dd>
        <dt>Released on</dt>
        <dd>{version.releasedOn ?? 'The day it is published'}</dd>
        <dt>Content last reviewed</dt>
        <dd>{version.contentReviewedOn ?? '—'}</dd>
        <dt>Credit offered until</dt>
        <dd>{version.creditEndsOn ?? '—'}</dd>
        <dt>Seat time</dt>
        <dd>{plural(version.totalSeatTimeMinutes, 'minute')} of lessons</dd>
        <dt>Certificates valid for</dt>
        <dd>
          {version.certificateValidityMonths
            ? `${version.certificateValidityMonths} months`
            : 'No expiry'}
        </dd>
        <dt>Audience</dt>
        <dd>{version.audience}</dd>
        <dt>Skills assessed in the hands-on part</dt>
        <dd>{version.handsOnObjectives.join('; ') || '—'}</dd>
        <dt>Topics</dt>
        <dd>{version.topicTags.join(', ') || '—'}</dd>
        <dt>Changes in this version</dt>
        <dd>{version.changelog || '—'}</dd>
        <dt>Corrects</dt>
        <dd>
          {version.correction
            ? `${kindsInWords(version.correction.kinds)} content: past completers are told when it is published. ${version.correction.summary}`
            : 'No safety or legal content of an earlier version'}
        </dd>
      </dl>
      {version.reviewComment && (
        <div className="notice notice-info">
          <p className="notice-title">Earlier review comment</p>
          <p className="pre-wrap">{version.reviewComment}</p>
        </div>
      )}
      {version.status === 'IN_REVIEW' && (
        <section className="section" aria-labelledby="decision-title">
          <h2 id="decision-title">Decision</h2>
          <ReviewActions
            version={version}
            onDone={setMessage}
            blockingProblems={
              version.creditReport?.problems.filter((problem) => !problem.overridden).length ?? 0
            }
          />
        </section>
      )}
      {version.creditReport && (
        <section className="section" aria-labelledby="credit-title">
          <h2 id="credit-title">Credit: claimed and supported time</h2>
          <CreditReportView report={version.creditReport} blockingLabel="Blocks publication" />
          {version.status !== 'IN_REVIEW' && version.status !== 'DRAFT' && version.observedTime && (
            <ObservedTimeView observed={version.observedTime} />
          )}
        </section>
      )}
      <section className="section" aria-labelledby="disclosure-title">
        <h2 id="disclosure-title">Disclosure</h2>
        <DisclosureView disclosure={version.disclosure} />
      </section>
      <section className="section" aria-labelledby="objectives-title">
        <h2 id="objectives-title">Learning objectives</h2>
        {version.objectives.length === 0 ? (
          <p>
            <Badge tone="warn">None listed</Badge>
          </p>
        ) : (
          <ul>
            {version.objectives.map((objective) => (
              <li key={objective.key}>
                {objective.text} <span className="muted code">{objective.key}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ModulesReview modules={version.modules} />
      <QuizzesSection version={version} />
    </Page>
  );
}
