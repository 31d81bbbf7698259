import type { AdminReviewVersionQuery } from '../../../gql/graphql';

type Modules = AdminReviewVersionQuery['courseVersion']['modules'];

/** Every module and lesson as learners will read them, with the lessons' references. */
export function ModulesReview({ modules }: { modules: Modules }) {
  return (
    <section className="section" aria-labelledby="modules-title">
      <h2 id="modules-title">Modules and lessons</h2>
      {modules.length === 0 && <p>This version has no modules.</p>}
      {modules.map((module) => (
        <div key={module.id} className="review-module">
          <h3>
            Module {module.position}: {module.title}
          </h3>
          {module.objectives.length > 0 && (
            <ul>
              {module.objectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
          )}
          {module.lessons.map((lesson) => (
            <details key={lesson.id} className="review-lesson">
              <summary>
                Lesson {lesson.position}: {lesson.title}{' '}
                <span className="muted">({lesson.seatTimeMinutes} min)</span>
              </summary>
              <article className="prose" dangerouslySetInnerHTML={{ __html: lesson.bodyHtml }} />
              {lesson.references.length > 0 && (
                <>
                  <h4>References</h4>
                  <ol>
                    {lesson.references.map((reference) => (
                      <li key={reference.citation}>
                        {reference.citation}
                        {reference.url && (
                          <>
                            {' '}
                            <a href={reference.url} rel="noreferrer" target="_blank">
                              {reference.url}
                            </a>
                          </>
                        )}
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </details>
          ))}
        </div>
      ))}
    </section>
  );
}
