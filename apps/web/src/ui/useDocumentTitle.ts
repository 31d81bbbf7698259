import { useEffect } from 'react';

/** Each page names itself: the tab, history and screen readers' page announcements. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · Fascicle`;
  }, [title]);
}
