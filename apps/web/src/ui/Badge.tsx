import type { ReactNode } from 'react';

export type Tone = 'ok' | 'warn' | 'danger' | 'neutral' | 'info';

const ICONS: Record<Tone, string> = { ok: '✓', warn: '!', danger: '✕', neutral: '•', info: 'i' };

/** Colour is never the only signal: each tone has an icon and the badge has words. */
export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span className={`badge badge-${tone}`}>
      <span aria-hidden="true" className="badge-icon">
        {ICONS[tone]}
      </span>
      {children}
    </span>
  );
}
