import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';

const PreviewLessonMarkdownDocument = graphql(`
  query PreviewLessonMarkdown($markdown: String!) {
    previewLessonMarkdown(markdown: $markdown)
  }
`);

/** How long typing must pause before the preview is rendered again. */
export const PREVIEW_DELAY_MS = 400;

/**
 * The lesson as learners will see it, while the author types: the unsaved Markdown is sent,
 * after a pause in typing, through the API's renderer and sanitizer (the one the lesson reader
 * uses, so the two cannot disagree). The saved text's HTML is used as it is.
 */
export function useLivePreview(markdown: string, saved: { markdown: string; html: string }) {
  const [settled, setSettled] = useState(markdown);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(markdown), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [markdown]);
  const unsaved = settled !== saved.markdown && settled.trim() !== '';
  const { data, previousData, loading } = useQuery(PreviewLessonMarkdownDocument, {
    variables: { markdown: settled },
    skip: !unsaved,
  });
  const html = unsaved ? ((data ?? previousData)?.previewLessonMarkdown ?? saved.html) : saved.html;
  return { html, updating: markdown !== settled || (unsaved && loading) };
}
