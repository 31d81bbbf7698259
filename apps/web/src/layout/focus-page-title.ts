/** How long a new page may take to show its heading (its data loading) before we give up. */
const WAIT_MS = 10_000;

/**
 * After a navigation: focuses the new page's `<h1 id="page-title">` as soon as it is shown.
 * Most pages load their data first and show the heading after it, so it is watched for, not
 * looked up once. If focus moves anywhere else meanwhile (the reader tabbed or typed, or the
 * page focused something of its own) it is left there. Returns what stops the watching.
 */
export function focusPageTitleWhenShown(doc: Document = document, waitMs = WAIT_MS): () => void {
  // Focus as the navigation left it: the clicked header link, or the body when the link that
  // was clicked went with the old page.
  const before = doc.activeElement;
  let stopped = false;
  const observer = new MutationObserver(() => attempt());
  const timer = setTimeout(stop, waitMs);
  const frame = requestAnimationFrame(() => {
    if (!attempt()) observer.observe(doc.body, { childList: true, subtree: true });
  });

  function attempt(): boolean {
    if (stopped) return true;
    const active = doc.activeElement;
    if (active !== before && active !== null && active !== doc.body) {
      stop();
      return true;
    }
    const title = doc.getElementById('page-title');
    if (!title) return false;
    title.focus();
    stop();
    return true;
  }

  function stop() {
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
    cancelAnimationFrame(frame);
  }

  return stop;
}
