import { LRUCache } from 'lru-cache';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Lesson Markdown → HTML that is safe to put in a page. Two layers: markdown-it with raw
 * HTML off (a `<script>` in the source becomes text), then an allowlist sanitizer, so a
 * renderer bug or a `javascript:` link still cannot run anything.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'blockquote',
    'pre',
    'code',
    'em',
    'strong',
    's',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'sup',
    'sub',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    th: ['style'],
    td: ['style'],
    ol: ['start'],
  },
  allowedStyles: { '*': { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['https', 'http', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  transformTags: {
    // Links leave the platform in a new context with no access back to the lesson page.
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
};
SANITIZE.allowedAttributes = {
  ...SANITIZE.allowedAttributes,
  a: ['href', 'title', 'rel', 'target'],
};

/**
 * What was rendered, by its source: the output depends on the source alone, and the same
 * published texts (a quiz's questions, a course's lessons) are rendered on every view; under a
 * burst of submits, rendering the attempts' questions again was 5 % of the API's CPU (issue 20).
 * Bounded by characters kept (source and HTML, UTF-16: about 8 MB at most).
 */
const rendered = new LRUCache<string, string>({
  maxSize: 4_000_000,
  sizeCalculation: (html, source) => html.length + source.length,
});

export function renderLessonMarkdown(source: string): string {
  let html = rendered.get(source);
  if (html === undefined) {
    html = sanitizeHtml(markdown.render(source), SANITIZE);
    // Not kept when larger than the whole cache (lru-cache's maxEntrySize is maxSize).
    rendered.set(source, html);
  }
  return html;
}
