import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { TeachVersionEditorQuery } from '../../gql/graphql';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { CreditAtAGlance } from './credit/CreditAtAGlance';
import { CreditPanel } from './credit/CreditPanel';
import { CreditDetails } from './CreditDetails';
import { DiscardDraft } from './DiscardDraft';
import { CorrectionSection } from './CorrectionSection';
import { DisclosureSection } from './DisclosureSection';
import { duration, plural } from '../../ui/format';
import { ModulesEditor } from './ModulesEditor';
import { SubmitForReview } from './SubmitForReview';
import { VersionDetails } from './VersionDetails';
import { VersionNotice } from './VersionNotice';
import { useHashTarget } from './useHashTarget';
import { VersionStatusBadge } from '../../ui/VersionStatusBadge';
import './teach.css';

const TeachVersionEditorDocument = graphql(`
  query TeachVersionEditor($id: ID!) {
    courseVersion(id: $id) {
      id
      number
      status
      title
      summary
      audience
      creditMinutes
      ceHours
      certificateValidityMonths
      quizzesAfterLessons
      learningObjectives
      objectives {
        key
        text
      }
      handsOnObjectives
      topicTags
      credentialKind
      scopeStatement
      releasedOn
      contentReviewedOn
      creditEndsOn
      disclosure {
        ...TeachDisclosureFields
      }
      correction {
        kinds
        summary
      }
      changelog
      reviewComment
      submittedAt
      publishedAt
      retiredAt
      totalSeatTimeMinutes
      course {
        id
        slug
        viewerIsAuthor
      }
      modules {
        ...TeachModuleFields
      }
      questionBanks {
        id
      }
      quizzes {
        id
      }
    }
  }
`);

export type EditedVersion = TeachVersionEditorQuery['courseVersion'];

/** One version of a course: its description, modules and lessons, and the way to review. */
export function VersionEditorPage() {
  const { versionId = '' } = useParams();
  const result = useQuery(TeachVersionEditorDocument, { variables: { id: versionId } });
  return (
    <QueryState result={result} label="Loading the course version">
      {(data) => <VersionEditor version={data.courseVersion} />}
    </QueryState>
  );
}

function VersionEditor({ version }: { version: EditedVersion }) {
  const editable = version.status === 'DRAFT' && version.course.viewerIsAuthor;
  const lessons = version.modules.reduce((sum, module) => sum + module.lessons.length, 0);
  // Links from the credit panel's problems open a section of this page (#disclosure-heading).
  useHashTarget(true);
  return (
    <Page
      title={version.title}
      lead={
        <>
          Version {version.number}{' '}
          <VersionStatusBadge status={version.status} sentBack={version.reviewComment !== null} />
        </>
      }
      actions={
        <>
          <Link to={`/teach/courses/${version.course.slug}`} className="button button-secondary">
            All versions
          </Link>
          <Link to={`/teach/versions/${version.id}/assessment`} className="button button-secondary">
            Questions and quizzes
          </Link>
        </>
      }
    >
      <p>
        <Link to="/teach">← My courses</Link>
      </p>
      <VersionNotice version={version} />
      <ul className="meta">
        <li>{plural(version.modules.length, 'module')}</li>
        <li>{plural(lessons, 'lesson')}</li>
        <li>{duration(version.totalSeatTimeMinutes)} of seat time</li>
        <li>{plural(version.quizzes.length, 'quiz', 'quizzes')}</li>
      </ul>
      <CreditAtAGlance versionId={version.id} />
      <VersionDetails version={version} editable={editable} />
      <ModulesEditor version={version} editable={editable} />
      <CreditDetails version={version} editable={editable} />
      <DisclosureSection
        versionId={version.id}
        disclosure={version.disclosure}
        editable={editable}
      />
      <CorrectionSection
        versionId={version.id}
        correction={version.correction}
        editable={editable}
      />
      <CreditPanel
        versionId={version.id}
        showObserved={version.status === 'PUBLISHED' || version.status === 'RETIRED'}
      />
      {editable && <SubmitForReview version={version} />}
      {editable && <DiscardDraft version={version} />}
    </Page>
  );
}
