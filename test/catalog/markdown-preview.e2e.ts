import { asInstructor } from '../support/catalog.js';
import { registerLearner } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PREVIEW = /* GraphQL */ `
  query Preview($markdown: String!) {
    previewLessonMarkdown(markdown: $markdown)
  }
`;

/** The lesson editor's live preview: the reader's renderer, for unsaved text. */
describe('previewing lesson Markdown', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  it('renders as the lesson reader does, sanitized', async () => {
    const author = test.client.as((await asInstructor(test)).accessToken);
    const { previewLessonMarkdown: html } = await author.ok<{ previewLessonMarkdown: string }>(
      PREVIEW,
      {
        markdown: '## Depth\n\nLift the muscle in a **pincer grip**.\n\n<script>alert(1)</script>',
      },
    );
    expect(html).toContain('<h2');
    expect(html).toContain('<strong>pincer grip</strong>');
    expect(html).not.toContain('<script');
  });

  it('is for instructors, and refuses text longer than a lesson may be', async () => {
    const learner = test.client.as((await registerLearner(test)).accessToken);
    expect((await learner.error(PREVIEW, { markdown: 'x' })).extensions?.code).toBe('FORBIDDEN');
    const author = test.client.as((await asInstructor(test)).accessToken);
    const tooLong = await author.error(PREVIEW, { markdown: 'x'.repeat(100_001) });
    expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(tooLong.extensions)).toContain('markdown');
  });
});
