import { renderLessonMarkdown } from './render-markdown.js';

describe('renderLessonMarkdown', () => {
  it('renders ordinary lesson Markdown', () => {
    const html = renderLessonMarkdown(
      '## Local twitch response\n\nA **brief** contraction.\n\n1. Palpate\n2. Insert\n\n[Dommerholt 2006](https://doi.org/10.1179/106698106790820773)',
    );
    expect(html).toContain('<h2>Local twitch response</h2>');
    expect(html).toContain('<strong>brief</strong>');
    expect(html).toContain('<ol>');
    expect(html).toContain(
      '<a href="https://doi.org/10.1179/106698106790820773" rel="noopener noreferrer nofollow" target="_blank">',
    );
  });

  it('never lets a script through, however it is smuggled', () => {
    const attacks = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '[click](javascript:alert(1))',
      '[click](JaVaScRiPt:alert(1))',
      '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '![x](javascript:alert(1))',
      '<a href="javascript:alert(1)">x</a>',
      '<iframe src="https://evil.example"></iframe>',
      '<svg onload=alert(1)>',
      '<style>body{display:none}</style>',
    ];
    for (const attack of attacks) {
      const html = renderLessonMarkdown(`Before\n\n${attack}\n\nAfter`);
      // Escaped text (`&lt;img onerror=…&gt;`) is harmless; only real tags and attributes count.
      const dangerous = [
        /<(script|iframe|svg|style|object|embed)\b/i,
        /<[^>]*\son\w+\s*=/i,
        /<[^>]*\s(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i,
      ].filter((pattern) => pattern.test(html));
      expect({ attack, dangerous }).toEqual({ attack, dangerous: [] });
    }
  });

  it('keeps the text of escaped HTML readable', () => {
    expect(renderLessonMarkdown('Use <b>tags</b>')).toContain('Use &lt;b&gt;tags&lt;/b&gt;');
  });

  it('gives each source its own HTML when it comes again, as the cache keeps it', () => {
    const first = renderLessonMarkdown('A **dry needling** lesson <script>alert(1)</script>');
    const other = renderLessonMarkdown('Another *lesson*');
    const again = renderLessonMarkdown('A **dry needling** lesson <script>alert(1)</script>');
    expect(again).toBe(first);
    expect(again).toContain('<strong>dry needling</strong>');
    expect(again).not.toContain('<script');
    expect(other).toBe('<p>Another <em>lesson</em></p>\n');
  });
});
