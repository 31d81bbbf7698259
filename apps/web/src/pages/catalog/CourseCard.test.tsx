import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CourseCard, type CatalogCourse } from './CourseCard';

const SUMMARY =
  'What happens when a filament needle enters a trigger point, and how sure can we be? This course works through the proposed mechanisms of trigger point dry needling in the order a needle meets them: the local twitch response and spontaneous end-plate electrical activity.';

function course(approvals: CatalogCourse['approvals']): CatalogCourse {
  return {
    id: 'c-1',
    slug: 'needling-mechanism',
    approvals,
    currentVersion: {
      id: 'v-1',
      title: 'How dry needling works',
      summary: SUMMARY,
      ceHours: 2.25,
      creditMinutes: 135,
    },
  };
}

function approval(body: string, changes: Partial<CatalogCourse['approvals'][number]> = {}) {
  return {
    id: body,
    body,
    status: 'ACTIVE' as const,
    isSample: false,
    ...changes,
  };
}

function renderCard(value: CatalogCourse) {
  render(
    <MemoryRouter>
      <ul>
        <CourseCard course={value} />
      </ul>
    </MemoryRouter>,
  );
  // The card, not the items of its own list of facts.
  return screen.getAllByRole('listitem')[0]!;
}

describe('CourseCard', () => {
  it('shows the title as the link, the CE hours, the approval and the summary’s first sentence', () => {
    const card = renderCard(course([approval('Colorado Physical Therapy Board')]));
    const link = within(card).getByRole('link', { name: 'How dry needling works' });
    expect(link.getAttribute('href')).toBe('/courses/needling-mechanism');
    expect(within(card).getAllByRole('link')).toHaveLength(1);
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe(
      'How dry needling works',
    );
    expect(within(card).getByText('2.25 CE hours')).toBeTruthy();
    expect(within(card).getByText('About 2 h 15 min of instruction')).toBeTruthy();
    expect(within(card).getByText('Approved: Colorado Physical Therapy Board')).toBeTruthy();
    expect(
      within(card).getByText(
        'What happens when a filament needle enters a trigger point, and how sure can we be?',
      ),
    ).toBeTruthy();
    expect(card.textContent).not.toContain('local twitch response');
  });

  it('counts only approvals in force that are not demonstration records', () => {
    const card = renderCard(
      course([
        approval('Sample approval', { isSample: true }),
        approval('Texas board', { status: 'EXPIRED' }),
      ]),
    );
    expect(within(card).getByText('No board approval')).toBeTruthy();
    expect(card.textContent).not.toContain('Approved');
  });

  it('shows nothing for a course with no published version', () => {
    render(
      <MemoryRouter>
        <ul>
          <CourseCard course={{ ...course([]), currentVersion: null }} />
        </ul>
      </MemoryRouter>,
    );
    expect(screen.queryByRole('listitem')).toBeNull();
  });
});
