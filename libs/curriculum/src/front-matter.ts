import { parse } from 'yaml';

export interface FrontMatter {
  data: unknown;
  body: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a Markdown file into its YAML front matter (between `---` lines) and its body. */
export function splitFrontMatter(text: string): FrontMatter {
  const match = FENCE.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: parse(match[1]) as unknown, body: text.slice(match[0].length) };
}
