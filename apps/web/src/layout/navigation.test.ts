import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { navigationFor, type Viewer } from './navigation';

function viewer(roles: SessionUser['roles'] | null): Viewer {
  const user =
    roles === null
      ? null
      : ({ id: 'u-1', displayName: 'Jordan Lee, PT', roles } as unknown as SessionUser);
  return { user, clinicIds: [] };
}

const labels = ({ bar, more }: ReturnType<typeof navigationFor>) => ({
  bar: bar.map((item) => item.label),
  more: more.map((item) => item.label),
});

describe('navigationFor', () => {
  it('shows a visitor every link in the row, with no "More"', () => {
    expect(labels(navigationFor(viewer(null)))).toEqual({ bar: ['Catalog', 'Verify'], more: [] });
  });

  it('puts a learner’s transcript and the verify page under "More"', () => {
    expect(labels(navigationFor(viewer(['LEARNER'])))).toEqual({
      bar: ['Catalog', 'My learning', 'Certificates', 'Clinics'],
      more: ['Transcript', 'Live sessions', 'Practice logs', 'Verify'],
    });
  });

  it('keeps an instructor’s courses and an admin’s home in the row, the review queue under "More"', () => {
    expect(labels(navigationFor(viewer(['LEARNER', 'INSTRUCTOR', 'ADMIN'])))).toEqual({
      bar: ['Catalog', 'My learning', 'Certificates', 'My courses', 'Admin', 'Clinics'],
      more: ['Transcript', 'Live sessions', 'Practice logs', 'Review queue', 'Verify'],
    });
  });

  it('shows no role’s links to an account without the role', () => {
    const { bar, more } = navigationFor(viewer(['LEARNER']));
    expect([...bar, ...more].map((item) => item.to)).not.toContain('/teach');
    expect([...bar, ...more].map((item) => item.to)).not.toContain('/admin/reviews');
  });
});
