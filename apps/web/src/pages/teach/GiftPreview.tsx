import type { ReactNode } from 'react';
import type { GiftPreviewFieldsFragment } from '../../gql/graphql';
import { plural } from '../../ui/format';

/** What a GIFT file would add: its problems by line (nothing is added while there are any). */
export function GiftPreview({
  preview,
  children,
}: {
  preview: GiftPreviewFieldsFragment;
  children?: ReactNode;
}) {
  const { problems, warnings, questions } = preview;
  return (
    <section className="section" aria-labelledby="gift-preview">
      <h2 id="gift-preview">Preview</h2>
      {problems.length > 0 ? (
        <div className="notice notice-error" role="alert">
          <p>
            {plural(problems.length, 'problem')} to fix before anything is imported (
            {plural(questions.length, 'question')} read without a problem):
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.line}-${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p role="status">
          {plural(questions.length, 'question')} ready to import, nothing saved yet.
        </p>
      )}
      {warnings.length > 0 && (
        <>
          <h3>Imported, but not exactly as written</h3>
          <ul>
            {warnings.map((warning) => (
              <li key={`${warning.line}-${warning.message}`}>{warning.message}</li>
            ))}
          </ul>
        </>
      )}
      {questions.length > 0 && (
        <ol className="compact-list">
          {questions.map((question) => (
            <li key={question.line}>
              <p>
                {question.stemMarkdown}{' '}
                <span className="muted">
                  (line {question.line}, {question.objectiveTag})
                </span>
              </p>
              <ul>
                {question.options.map((option) => (
                  <li key={option.text}>
                    {option.isCorrect ? <strong>✓ {option.text}</strong> : option.text}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {children}
    </section>
  );
}
