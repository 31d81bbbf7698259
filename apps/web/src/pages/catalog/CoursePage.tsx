import { useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeCeHours } from '@fascicle/contact-hours';
import { graphql } from '../../gql';
import type { CoursePageQuery } from '../../gql/graphql';
import { FormError } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { date, duration } from '../../ui/format';
import { minutesOfInstruction } from '../credentials/credit';
import { CourseLiveSessions } from '../live/CourseLiveSessions';
import { ScopeStatement } from '../credentials/ScopeStatement';
import { creditEnded, utcDay } from './course-credit';
import { CourseCredit } from './CourseCredit';
import { CourseDisclosure } from './CourseDisclosure';
import { EnrolAction } from './EnrolAction';

// Public: visitors see this page too, so it asks only for what the API answers without an
// account (the outline, never the lessons' text).
const CoursePageDocument = graphql(`
  query CoursePage($slug: String!) {
    course(slug: $slug) {
      id
      slug
      authors {
        userId
        displayName
      }
      approvals {
        id
        body
        approvalNumber
        status
        validFrom
        validUntil
        isSample
      }
      prerequisites {
        id
        slug
        currentVersion {
          id
          title
        }
      }
      currentVersion {
        id
        number
        title
        summary
        audience
        ceHours
        creditMinutes
        credentialKind
        scopeStatement
        releasedOn
        creditEndsOn
        contentReviewedOn
        contactHours {
          label
          approvalNumber
          text
        }
        disclosure {
          contributors {
            name
            credentials
            role
            relationships {
              company
              nature
            }
            mitigation
          }
          commercialSupport {
            company
            nature
          }
        }
        certificateValidityMonths
        learningObjectives
        handsOnObjectives
        totalSeatTimeMinutes
        topicTags
        publishedAt
        modules {
          id
          position
          title
          objectives
          lessons {
            id
            title
            seatTimeMinutes
          }
          quiz {
            id
            title
          }
        }
        finalExam {
          id
          title
        }
      }
    }
  }
`);

type CourseData = CoursePageQuery['course'];

export function CoursePage() {
  const { slug = '' } = useParams();
  const result = useQuery(CoursePageDocument, { variables: { slug } });
  return (
    <QueryState result={result} label="Loading the course">
      {(data) => <CourseDetails course={data.course} />}
    </QueryState>
  );
}

function CourseDetails({ course }: { course: CourseData }) {
  const version = course.currentVersion;
  const [error, setError] = useState<string>();

  if (!version) return <Page title="Not published" lead="This course has no published version." />;

  return (
    <Page
      title={version.title}
      lead={version.summary}
      actions={<EnrolAction courseId={course.id} onError={setError} />}
    >
      <FormError message={error} />
      <ul className="meta">
        <li>
          <strong>{describeCeHours(version.ceHours)}</strong>
        </li>
        <li>About {minutesOfInstruction(version.creditMinutes)}</li>
        <li>{duration(version.totalSeatTimeMinutes)} of lessons</li>
        <li>Version {version.number}</li>
        <li>
          {version.certificateValidityMonths
            ? `Certificate valid ${version.certificateValidityMonths} months`
            : 'Certificate does not expire'}
        </li>
      </ul>
      {course.prerequisites.length > 0 && (
        // Beside the Enrol button, before anyone tries: enrolling is refused until these are done.
        <section className="notice notice-info section" aria-labelledby="prerequisites">
          <h2 id="prerequisites" className="notice-title">
            Complete first
          </h2>
          <p>
            You can enrol once you have completed{' '}
            {course.prerequisites.length === 1 ? 'this course' : 'each of these courses'}:
          </p>
          <ul>
            {course.prerequisites.map((prerequisite) => (
              <li key={prerequisite.id}>
                <Link to={`/courses/${prerequisite.slug}`}>
                  {prerequisite.currentVersion?.title ?? prerequisite.slug}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ScopeStatement
        kind={version.credentialKind}
        statement={version.scopeStatement}
        label="What the certificate attests"
      />
      {creditEnded(version.creditEndsOn, utcDay(new Date())) && (
        <p className="notice notice-warn">
          This course stopped offering credit after {date(version.creditEndsOn)}: enrolling earns no
          certificate.
        </p>
      )}
      <div className="two-columns">
        <div>
          <section className="section" aria-labelledby="objectives">
            <h2 id="objectives">What you will be able to do</h2>
            <ul>
              {version.learningObjectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
          </section>
          {version.handsOnObjectives.length > 0 && (
            <section className="section" aria-labelledby="hands-on-objectives">
              <h2 id="hands-on-objectives">Skills assessed in the hands-on part</h2>
              <p>
                This course explains these skills, but an online quiz cannot assess them. They are
                taught and assessed in person, in the hands-on part of a program, and this
                course&apos;s certificate does not attest them.
              </p>
              <ul>
                {version.handsOnObjectives.map((objective) => (
                  <li key={objective}>{objective}</li>
                ))}
              </ul>
            </section>
          )}
          <CourseLiveSessions courseId={course.id} />
          <section className="section" aria-labelledby="modules">
            <h2 id="modules">Modules</h2>
            <ol className="steps">
              {version.modules.map((module) => (
                <li key={module.id}>
                  <div>
                    <h3>{module.title}</h3>
                    <ul className="meta">
                      <li>
                        {module.lessons.length} {module.lessons.length === 1 ? 'lesson' : 'lessons'}
                      </li>
                      <li>
                        {duration(module.lessons.reduce((sum, l) => sum + l.seatTimeMinutes, 0))}
                      </li>
                      {module.quiz && <li>Quiz: {module.quiz.title}</li>}
                    </ul>
                    <ul>
                      {module.lessons.map((lesson) => (
                        <li key={lesson.id}>
                          {lesson.title}{' '}
                          <span className="muted">({duration(lesson.seatTimeMinutes)})</span>
                        </li>
                      ))}
                    </ul>
                  </div>
                </li>
              ))}
              {version.finalExam && (
                <li>
                  <h3>Final exam: {version.finalExam.title}</h3>
                </li>
              )}
            </ol>
          </section>
        </div>
        <aside>
          <CourseCredit
            creditMinutes={version.creditMinutes}
            contactHours={version.contactHours}
            approvals={course.approvals}
          />
          <section className="section" aria-labelledby="audience">
            <h2 id="audience">Who it is for</h2>
            <p>{version.audience}</p>
            {course.authors.length > 0 && (
              <p>Written by {course.authors.map((author) => author.displayName).join(', ')}</p>
            )}
            {version.topicTags.length > 0 && (
              // Each topic opens the catalog filtered by it (the catalog's cards leave them out).
              <p>
                Topics:{' '}
                {version.topicTags.map((tag, index) => (
                  <Fragment key={tag}>
                    {index > 0 && ', '}
                    <Link to={`/courses?topic=${encodeURIComponent(tag)}`}>{tag}</Link>
                  </Fragment>
                ))}
              </p>
            )}
          </section>
          <CourseDisclosure version={version} />
        </aside>
      </div>
    </Page>
  );
}
