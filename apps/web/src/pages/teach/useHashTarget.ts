import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Scrolls to and focuses the element the URL's #fragment names once it is on the page (the
 * router does not, and the target may appear only after the page's data loads). `ready`
 * says the page has rendered its content.
 */
export function useHashTarget(ready: boolean) {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [ready, hash, key]);
}
