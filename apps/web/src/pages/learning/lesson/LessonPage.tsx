import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../graphql/errors';
import { graphql } from '../../../gql';
import type { LessonReaderQuery } from '../../../gql/graphql';
import { Page } from '../../../ui/Page';
import { QueryState } from '../../../ui/QueryState';
import { LessonMedia } from './LessonMedia';
import { SeatTimePanel } from './SeatTimePanel';
import { useSeatTimeReporter } from './useSeatTimeReporter';

// The API has no single-lesson query: the reader takes the lesson from its enrollment's version.
const LessonReaderDocument = graphql(`
  query LessonReader($enrollmentId: ID!) {
    enrollment(id: $enrollmentId) {
      id
      courseVersion {
        id
        title
        modules {
          id
          title
          lessons {
            id
            title
            bodyHtml
            seatTimeMinutes
            media {
              ...LessonMediaFields
            }
            references {
              citation
              url
            }
          }
        }
      }
      progressReport {
        lessons {
          lessonId
          creditedSeconds
          requiredSeconds
          watchedSeconds
          videoSeconds
          completed
        }
      }
    }
  }
`);

const RecordActivityDocument = graphql(`
  mutation RecordLessonActivity(
    $lessonId: ID!
    $resumed: Boolean!
    $reachedEnd: Boolean!
    $playing: Boolean!
  ) {
    recordLessonActivity(
      lessonId: $lessonId
      resumed: $resumed
      reachedEnd: $reachedEnd
      playing: $playing
    ) {
      lessonId
      enrollmentId
      creditedSeconds
      requiredSeconds
      watchedSeconds
      videoSeconds
      completed
    }
  }
`);

const CompleteLessonDocument = graphql(`
  mutation CompleteLesson($lessonId: ID!) {
    completeLesson(lessonId: $lessonId) {
      lessonId
      enrollmentId
      creditedSeconds
      requiredSeconds
      watchedSeconds
      videoSeconds
      completed
    }
  }
`);

type Enrollment = LessonReaderQuery['enrollment'];

export function LessonPage() {
  const { enrollmentId = '', lessonId = '' } = useParams();
  const result = useQuery(LessonReaderDocument, { variables: { enrollmentId } });
  return (
    <QueryState result={result} label="Loading the lesson">
      {({ enrollment }) => (
        <LessonReader key={lessonId} enrollment={enrollment} lessonId={lessonId} />
      )}
    </QueryState>
  );
}

function LessonReader({ enrollment, lessonId }: { enrollment: Enrollment; lessonId: string }) {
  const lessons = enrollment.courseVersion.modules.flatMap((module) =>
    module.lessons.map((lesson) => ({ ...lesson, moduleTitle: module.title })),
  );
  const index = lessons.findIndex((lesson) => lesson.id === lessonId);
  const lesson = lessons[index];
  const initial = enrollment.progressReport.lessons.find((p) => p.lessonId === lessonId);
  const [progress, setProgress] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [recordActivity] = useMutation(RecordActivityDocument);
  const [completeLesson] = useMutation(CompleteLessonDocument, {
    refetchQueries: ['EnrollmentOverview'],
  });

  const report = useCallback(
    async (resumed: boolean, reachedEnd: boolean, playing: boolean) => {
      try {
        const { data } = await recordActivity({
          variables: { lessonId, resumed, reachedEnd, playing },
        });
        if (data) setProgress(data.recordLessonActivity);
        setError(null);
      } catch (caught) {
        setError(`Your time could not be saved just now: ${errorMessage(caught)}`);
        // The reporter keeps the next report marked resumed when this one was.
        throw caught;
      }
    },
    [recordActivity, lessonId],
  );

  const completed = progress?.completed ?? false;
  // Just after the text: the reader reaching it is their reading time (reported once).
  const end = useRef<HTMLDivElement>(null);
  // Whether a video of the lesson is playing: those stretches count as watched.
  const [playing, setPlaying] = useState(false);
  const reporting = useSeatTimeReporter({
    report,
    enabled: !completed && lesson !== undefined,
    end,
    playing,
  });

  // The server completes the lesson itself when the time is met; this covers a lesson whose
  // time was met before completion was recorded.
  const timeMet = progress ? progress.creditedSeconds >= progress.requiredSeconds : false;
  useEffect(() => {
    if (!timeMet || completed) return;
    completeLesson({ variables: { lessonId } })
      .then(({ data }) => data && setProgress(data.completeLesson))
      .catch(() => undefined);
  }, [timeMet, completed, completeLesson, lessonId]);

  if (!lesson)
    return <Page title="Lesson not found" lead="This lesson is not part of your course version." />;
  const previous = lessons[index - 1];
  const next = lessons[index + 1];
  const base = `/learning/${enrollment.id}`;

  return (
    <Page title={lesson.title} lead={`${enrollment.courseVersion.title} · ${lesson.moduleTitle}`}>
      <p>
        <Link to={base}>← Course overview</Link>
      </p>
      <article className="prose" dangerouslySetInnerHTML={{ __html: lesson.bodyHtml }} />
      <div ref={end} className="lesson-end" aria-hidden="true" />
      <LessonMedia media={lesson.media} onPlayingChange={setPlaying} />
      {lesson.references.length > 0 && (
        <section className="section prose" aria-labelledby="references">
          <h2 id="references">References</h2>
          <ol>
            {lesson.references.map((reference) => (
              <li key={reference.citation}>
                {reference.citation}
                {reference.url && (
                  <>
                    {' '}
                    <a href={reference.url} rel="noreferrer noopener" target="_blank">
                      Source<span className="sr-only"> (opens in a new tab)</span>
                    </a>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      <SeatTimePanel
        creditedSeconds={progress?.creditedSeconds ?? 0}
        requiredSeconds={progress?.requiredSeconds ?? lesson.seatTimeMinutes * 60}
        completed={completed}
        reporting={reporting}
        error={error}
        video={progress}
      />
      <nav className="actions section" aria-label="Lessons">
        {previous && (
          <Link to={`${base}/lessons/${previous.id}`} className="button button-secondary">
            ← {previous.title}
          </Link>
        )}
        {next ? (
          <Link to={`${base}/lessons/${next.id}`} className="button button-primary">
            Next: {next.title} →
          </Link>
        ) : (
          <Link to={base} className="button button-primary">
            Back to the course overview
          </Link>
        )}
      </nav>
    </Page>
  );
}
