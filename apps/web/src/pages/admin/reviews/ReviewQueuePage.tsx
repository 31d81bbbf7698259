import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { Page } from '../../../ui/Page';
import '../admin.css';
import { QueryState } from '../../../ui/QueryState';
import { dateTime, plural } from '../../../ui/format';
import { ReviewActions } from './ReviewActions';

const ReviewQueueDocument = graphql(`
  query AdminReviewQueue {
    courseReviewQueue {
      id
      title
      number
      submittedAt
      creditMinutes
      ceHours
      changelog
      course {
        id
        slug
        authors {
          userId
          displayName
        }
      }
    }
  }
`);

/** Versions waiting for an admin, oldest first: the API's order, kept. */
export function ReviewQueuePage() {
  const result = useQuery(ReviewQueueDocument);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <Page
      title="Review queue"
      lead="Course versions their authors submitted, oldest first. Read each one before you publish it or send it back."
    >
      <p role="status" className={message ? 'notice notice-ok' : 'sr-only'}>
        {message}
      </p>
      <QueryState result={result} label="Loading the review queue">
        {({ courseReviewQueue }) =>
          courseReviewQueue.length === 0 ? (
            <p>Nothing is waiting for review.</p>
          ) : (
            <ol className="plain-list review-queue">
              {courseReviewQueue.map((version) => (
                <li key={version.id} className="card">
                  <h2 className="card-title">
                    {version.title} <span className="muted">· version {version.number}</span>
                  </h2>
                  <dl className="details">
                    <dt>Submitted</dt>
                    <dd>{dateTime(version.submittedAt)}</dd>
                    <dt>Authors</dt>
                    <dd>
                      {version.course.authors.map((author) => author.displayName).join(', ') || '—'}
                    </dd>
                    <dt>Claimed time</dt>
                    <dd>
                      {plural(version.creditMinutes, 'minute')} ({plural(version.ceHours, 'hour')}{' '}
                      of 60 minutes)
                    </dd>
                    {version.changelog && (
                      <>
                        <dt>Changes</dt>
                        <dd>{version.changelog}</dd>
                      </>
                    )}
                  </dl>
                  <p>
                    <Link to={`/admin/reviews/${version.id}`}>
                      Read {version.title}, version {version.number}
                    </Link>
                  </p>
                  <ReviewActions version={version} onDone={setMessage} />
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
    </Page>
  );
}
