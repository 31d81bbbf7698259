import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on a phone: the scroll area takes focus so keyboard users
 * can scroll it too, and is a named region so screen readers say what it holds.
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
