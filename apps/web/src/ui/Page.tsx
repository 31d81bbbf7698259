import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle';

/**
 * A page's heading and body. The <h1> takes focus after navigation (see Layout), so
 * keyboard and screen-reader users start at the new page's top, not at the old link.
 */
export function Page({
  title,
  lead,
  actions,
  children,
}: {
  title: string;
  lead?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <>
      <div className="page-header">
        <div>
          <h1 tabIndex={-1} id="page-title">
            {title}
          </h1>
          {lead && <p className="lead">{lead}</p>}
        </div>
        {actions && <div className="actions">{actions}</div>}
      </div>
      {children}
    </>
  );
}
