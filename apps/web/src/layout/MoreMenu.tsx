import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { matchPath, NavLink, useLocation } from 'react-router';
import type { NavItem } from './navigation';

/**
 * The header's less-used links behind a "More" button: a disclosure (a button and a list of
 * links, not an ARIA menu, so Tab moves through the links as through any others). Escape
 * closes it and puts focus back on the button; a click elsewhere, focus leaving it or a new
 * page close it too. On a phone the open main menu lists these links with the others and the
 * button is hidden (styles.css).
 */
export function MoreMenu({ items }: { items: NavItem[] }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLLIElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  if (items.length === 0) return null;

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    // Handled here: the phone's main menu (which also closes on Escape) stays open.
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  }

  function onBlur(event: FocusEvent) {
    if (!root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  }

  // The page shown is one of these links: the button says so by its look, as a link would.
  const current = items.some((item) => matchPath({ path: item.to, end: false }, pathname));

  return (
    <li
      ref={root}
      className={open ? 'more more-open' : 'more'}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <button
        ref={button}
        type="button"
        className={current ? 'more-toggle more-current' : 'more-toggle'}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        More<span aria-hidden="true"> ▾</span>
      </button>
      <ul id={listId} className="more-links">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to}>{item.label}</NavLink>
          </li>
        ))}
      </ul>
    </li>
  );
}
