import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComplianceChart } from './ComplianceChart';

describe('ComplianceChart', () => {
  it('says every count and share in text, with the bars hidden from screen readers', () => {
    const { container } = render(
      <ComplianceChart
        totals={[
          { status: 'VALID', count: 3 },
          { status: 'EXPIRING_30', count: 1 },
          { status: 'MISSING', count: 0 },
        ]}
      />,
    );
    expect(screen.getByText(/4 in all/)).toBeTruthy();
    const valid = screen.getByRole('row', { name: /Valid/ });
    expect(within(valid).getByText('(75%)')).toBeTruthy();
    const soon = screen.getByRole('row', { name: /Expires within 30 days/ });
    expect(within(soon).getByText('(25%)')).toBeTruthy();
    // Six states always, so charts of two clinics line up; no bar for an empty state.
    expect(screen.getAllByRole('row')).toHaveLength(7);
    const bars = container.querySelectorAll('.chart-bar');
    expect(bars).toHaveLength(2);
    for (const bar of bars) expect(bar.closest('[aria-hidden="true"]')).not.toBeNull();
  });
});
