import type { TeachLessonFieldsFragment } from '../../gql/graphql';

/**
 * The lesson as learners will see it, as the author types (useLivePreview). The HTML is the
 * API's: rendered with raw HTML off and sanitized by an allowlist, so it is safe to insert and
 * identical to the lesson reader. Rendering on the client would need a second renderer and
 * sanitizer that could disagree with the server's.
 */
export function LessonPreview({
  lesson,
  html,
  unsaved,
  updating,
}: {
  lesson: Pick<TeachLessonFieldsFragment, 'references'>;
  html: string;
  unsaved: boolean;
  updating: boolean;
}) {
  return (
    <section className="preview" aria-labelledby="preview-heading" aria-busy={updating}>
      <h2 id="preview-heading">Preview</h2>
      {unsaved && (
        <p className="muted">
          {updating ? 'Updating the preview…' : 'Your unsaved text, as learners will see it.'}
        </p>
      )}
      <article className="prose" dangerouslySetInnerHTML={{ __html: html }} />
      {lesson.references.length > 0 && (
        <div className="prose">
          <h3>References</h3>
          <ol>
            {lesson.references.map((reference, index) => (
              <li key={index}>
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
        </div>
      )}
    </section>
  );
}
