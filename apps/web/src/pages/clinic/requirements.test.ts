import { InMemoryCache, gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import {
  catalogCourses,
  forgetComplianceReport,
  heldSummary,
  requirementSource,
  sourceSummary,
} from './requirements';

const PROGRAMS = [{ id: 'p-1', title: 'Dry Needling — Level 1', courseIds: ['c-1', 'c-9'] }];
const COURSES = [
  { id: 'c-1', slug: 'needling-safety', title: 'Needling safety' },
  { id: 'c-2', slug: 'lumbar-spine', title: 'Lumbar spine' },
];

describe('requirementSource', () => {
  it('names a course from the catalog', () => {
    const source = requirementSource({ courseId: 'c-2', programId: null }, PROGRAMS, COURSES);
    expect(source).toEqual({ kind: 'course', course: COURSES[1] });
    expect(sourceSummary(source)).toBe('Course: Lumbar spine');
  });

  it('names a program and the courses that earn it, keeping one the catalog no longer lists', () => {
    const source = requirementSource({ programId: 'p-1' }, PROGRAMS, COURSES);
    expect(source).toEqual({
      kind: 'program',
      title: 'Dry Needling — Level 1',
      courses: [COURSES[0], { id: 'c-9', slug: null, title: null }],
    });
    expect(sourceSummary(source)).toBe('Credential program: Dry Needling — Level 1');
  });

  it('keeps the kind of a course or program it cannot name', () => {
    expect(sourceSummary(requirementSource({ courseId: 'c-404' }, PROGRAMS, COURSES))).toBe(
      'Course: no longer in the catalog',
    );
    expect(sourceSummary(requirementSource({ programId: 'p-404' }, PROGRAMS, COURSES))).toBe(
      'Credential program: no longer offered',
    );
    expect(requirementSource({}, PROGRAMS, COURSES)).toEqual({ kind: 'unknown' });
  });
});

describe('requirementSource with the names the API gives', () => {
  it('names and links a course the first 100 catalog courses do not include', () => {
    const source = requirementSource(
      { courseId: 'c-300', courseSlug: 'shoulder-rehab', title: 'Shoulder rehab' },
      PROGRAMS,
      COURSES,
    );
    expect(source).toEqual({
      kind: 'course',
      course: { id: 'c-300', slug: 'shoulder-rehab', title: 'Shoulder rehab' },
    });
    expect(sourceSummary(source)).toBe('Course: Shoulder rehab');
  });

  it("takes a program's title from the requirement", () => {
    const source = requirementSource(
      { programId: 'p-2', title: 'Vestibular rehabilitation' },
      PROGRAMS,
      COURSES,
    );
    expect(sourceSummary(source)).toBe('Credential program: Vestibular rehabilitation');
  });
});

describe('catalogCourses', () => {
  it('keeps only courses with a published version, titled by it', () => {
    expect(
      catalogCourses({
        edges: [
          { node: { id: 'c-1', slug: 'a', currentVersion: { title: 'A' } } },
          { node: { id: 'c-2', slug: 'b', currentVersion: null } },
        ],
      }),
    ).toEqual([{ id: 'c-1', slug: 'a', title: 'A' }]);
  });
});

describe('forgetComplianceReport', () => {
  const Report = gql`
    query Report($id: ID!) {
      organization(id: $id) {
        id
        name
        complianceReport(first: 1) {
          generatedAt
        }
      }
    }
  `;

  it("drops one clinic's report and nothing else", () => {
    const cache = new InMemoryCache();
    for (const id of ['o-1', 'o-2']) {
      cache.writeQuery({
        query: Report,
        variables: { id },
        data: {
          organization: {
            __typename: 'Organization',
            id,
            name: `Clinic ${id}`,
            complianceReport: { __typename: 'ComplianceReport', generatedAt: 'then' },
          },
        },
      });
    }
    forgetComplianceReport(cache, 'o-1');
    expect(cache.readQuery({ query: Report, variables: { id: 'o-1' } })).toBeNull();
    expect(
      cache.readFragment({
        id: 'Organization:o-1',
        fragment: gql`
          fragment N on Organization {
            name
          }
        `,
      }),
    ).toEqual({ __typename: 'Organization', name: 'Clinic o-1' });
    expect(cache.readQuery({ query: Report, variables: { id: 'o-2' } })).not.toBeNull();
  });
});

describe('heldSummary', () => {
  it('says when the certificate was earned and when it expires or was revoked', () => {
    const held = { certificateCode: 'ABCD', completedOn: '2026-03-03', expiresOn: '2028-03-03' };
    expect(heldSummary(held)).toMatch(/^Completed .*2026, expires .*2028$/);
    expect(heldSummary({ ...held, revokedOn: '2026-04-01' })).toMatch(/, revoked .*2026$/);
    expect(heldSummary({ ...held, expiresOn: null })).toMatch(/, does not expire$/);
  });

  it('says nothing when no certificate meets the requirement', () => {
    expect(heldSummary({ certificateCode: null })).toBeNull();
  });
});
