import type { TeachLessonFieldsFragment } from '../../gql/graphql';

/**
 * The lesson as learners will see it. The HTML is the API's: rendered from the saved Markdown
 * with raw HTML off and sanitized by an allowlist, so it is safe to insert and identical to the
 * lesson reader. Rendering on the client would need a second renderer and sanitizer that could
 * disagree with the server's.
 */
export function LessonPreview({
  lesson,
  dirty,
}: {
  lesson: Pick<TeachLessonFieldsFragment, 'bodyHtml' | 'references'>;
  dirty: boolean;
}) {
  return (
    <section className="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      {dirty && (
        <p className="notice notice-warn">
          The preview shows the last saved text. Save to see your changes.
        </p>
      )}
      <article className="prose" dangerouslySetInnerHTML={{ __html: lesson.bodyHtml }} />
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
