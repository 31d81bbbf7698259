import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { TeachLessonEditorQuery } from '../../gql/graphql';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { duration } from '../../ui/format';
import { LessonEstimatePanel } from './LessonEstimatePanel';
import { LessonForm } from './LessonForm';
import { LessonPreview } from './LessonPreview';
import { MediaSection } from './MediaSection';
import { PilotSection } from './PilotSection';
import { VersionStatusBadge } from '../../ui/VersionStatusBadge';
import './teach.css';

// The lesson by its id, with its version's outline (titles only) for the pager.
const TeachLessonEditorDocument = graphql(`
  query TeachLessonEditor($lessonId: ID!) {
    lesson(id: $lessonId) {
      ...TeachLessonFields
      media {
        ...TeachLessonMediaFields
      }
      module {
        id
        title
      }
      courseVersion {
        id
        number
        status
        title
        reviewComment
        course {
          id
          viewerIsAuthor
        }
        modules {
          id
          lessons {
            id
            title
          }
        }
        creditReport {
          ...CreditReportFields
        }
      }
    }
  }
`);

graphql(`
  fragment TeachLessonFields on Lesson {
    id
    position
    title
    seatTimeMinutes
    bodyMarkdown
    bodyHtml
    references {
      citation
      url
    }
  }
`);

type EditedLesson = TeachLessonEditorQuery['lesson'];

/** One lesson: Markdown on one side, the server's rendering of the saved text on the other. */
export function LessonEditorPage() {
  const { versionId = '', lessonId = '' } = useParams();
  const result = useQuery(TeachLessonEditorDocument, { variables: { lessonId } });
  return (
    <QueryState result={result} label="Loading the lesson">
      {(data) => (
        <LessonEditor
          lesson={data.lesson.courseVersion.id === versionId ? data.lesson : undefined}
          versionId={versionId}
        />
      )}
    </QueryState>
  );
}

function LessonEditor({
  lesson,
  versionId,
}: {
  lesson: EditedLesson | undefined;
  versionId: string;
}) {
  const back = (
    <p>
      <Link to={`/teach/versions/${versionId}`}>
        ← {lesson ? lesson.courseVersion.title : 'The course version'}
      </Link>
    </p>
  );
  if (!lesson) {
    return (
      <Page title="Lesson not found" lead="This lesson is not part of this course version.">
        {back}
      </Page>
    );
  }
  const { module, courseVersion: version } = lesson;
  const editable = version.status === 'DRAFT' && version.course.viewerIsAuthor;
  const report = version.creditReport;
  const timing = report?.lessons.find((entry) => entry.lessonId === lesson.id) ?? null;
  const all = version.modules.flatMap((m) => m.lessons);
  const at = all.findIndex((l) => l.id === lesson.id);
  const previous = all[at - 1];
  const next = all[at + 1];
  const base = `/teach/versions/${version.id}/lessons`;
  return (
    <Page
      title={lesson.title}
      lead={
        <>
          {module.title} · Version {version.number}{' '}
          <VersionStatusBadge status={version.status} sentBack={version.reviewComment !== null} />
        </>
      }
    >
      {back}
      {editable ? (
        // Keyed by lesson: moving to another lesson starts a fresh form.
        <LessonForm key={lesson.id} lesson={lesson} report={report} timing={timing} />
      ) : (
        <>
          <div className="notice notice-info">
            <p>
              This version is not a draft, so the lesson cannot change. Seat time:{' '}
              {duration(lesson.seatTimeMinutes)}.
            </p>
          </div>
          <LessonEstimatePanel
            bodyMarkdown={lesson.bodyMarkdown}
            seatTimeMinutes={String(lesson.seatTimeMinutes)}
            saved={{ bodyMarkdown: lesson.bodyMarkdown, timing }}
            report={report}
          />
          <LessonPreview lesson={lesson} html={lesson.bodyHtml} unsaved={false} updating={false} />
        </>
      )}
      <MediaSection lessonId={lesson.id} media={lesson.media} editable={editable} />
      {report && <PilotSection lessonId={lesson.id} timing={timing} editable={editable} />}
      <nav className="lesson-pager" aria-label="Other lessons">
        {previous && <Link to={`${base}/${previous.id}`}>← Previous lesson: {previous.title}</Link>}
        {next && <Link to={`${base}/${next.id}`}>Next lesson: {next.title} →</Link>}
      </nav>
    </Page>
  );
}
