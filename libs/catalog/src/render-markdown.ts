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

export function renderLessonMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE);
}
