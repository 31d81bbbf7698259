import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import { PreviewLessonMarkdownDocument } from '../../gql/graphql';
import { useLivePreview } from './useLivePreview';

const SAVED = { markdown: 'Saved text', html: '<p>Saved text</p>' };

function Editor() {
  const [markdown, setMarkdown] = useState(SAVED.markdown);
  const preview = useLivePreview(markdown, SAVED);
  return (
    <>
      <label>
        Text
        <textarea value={markdown} onChange={(event) => setMarkdown(event.target.value)} />
      </label>
      <div data-testid="preview" dangerouslySetInnerHTML={{ __html: preview.html }} />
    </>
  );
}

describe('useLivePreview', () => {
  it('shows the saved HTML, then the unsaved text rendered by the API once typing pauses', async () => {
    renderPage(<Editor />, {
      path: '/teach',
      session: testSession(testUser({ roles: ['INSTRUCTOR'] })),
      mocks: [
        {
          request: {
            query: PreviewLessonMarkdownDocument,
            variables: { markdown: '## Depth' },
          },
          result: { data: { previewLessonMarkdown: '<h2>Depth</h2>' } },
        },
      ],
    });
    expect(screen.getByTestId('preview').innerHTML).toBe('<p>Saved text</p>');
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: '## Depth' } });
    expect(await screen.findByRole('heading', { name: 'Depth' }, { timeout: 2000 })).toBeTruthy();
  });
});
