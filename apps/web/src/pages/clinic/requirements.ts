import type { ApolloCache } from '@apollo/client';
import { date } from '../../ui/format';

export interface RequirementRef {
  programId?: string | null;
  courseId?: string | null;
  /** The program's title or the course's published title, as the API names it. */
  title?: string | null;
  /** For a course: its slug, to link to it. */
  courseSlug?: string | null;
}

export interface ProgramSource {
  id: string;
  title: string;
  courseIds: string[];
}

export interface CourseSource {
  id: string;
  slug: string;
  title: string;
}

/** The catalog's courses that have a published version, as requirements name them. */
export function catalogCourses(catalog: {
  edges: readonly {
    node: { id: string; slug: string; currentVersion?: { title: string } | null };
  }[];
}): CourseSource[] {
  return catalog.edges.flatMap(({ node }) =>
    node.currentVersion ? [{ id: node.id, slug: node.slug, title: node.currentVersion.title }] : [],
  );
}

/** A catalog course as a requirement names it: `null` when the catalog no longer lists it. */
export type NamedCourse = CourseSource | { id: string; slug: null; title: null };

export type RequirementSource =
  | { kind: 'program'; title: string | null; courses: NamedCourse[] }
  | { kind: 'course'; course: NamedCourse }
  | { kind: 'unknown' };

/**
 * What meets a requirement. The requirement's own `title` and `courseSlug` (from the API)
 * name it wherever the catalog lists it; the courses that earn a program are named from lists
 * the page already has (the programs and the catalog's first 100 courses), so naming a list
 * of requirements costs no request per item. A course that left the catalog keeps its kind
 * without a name rather than failing the list.
 */
export function requirementSource(
  requirement: RequirementRef,
  programs: readonly ProgramSource[],
  courses: readonly CourseSource[],
): RequirementSource {
  const courseById = new Map(courses.map((course) => [course.id, course]));
  const named = (id: string): NamedCourse => courseById.get(id) ?? { id, slug: null, title: null };
  if (requirement.programId) {
    const program = programs.find(({ id }) => id === requirement.programId);
    return {
      kind: 'program',
      title: requirement.title ?? program?.title ?? null,
      courses: (program?.courseIds ?? []).map(named),
    };
  }
  if (requirement.courseId) {
    const { courseId, courseSlug, title } = requirement;
    return {
      kind: 'course',
      course: courseSlug && title ? { id: courseId, slug: courseSlug, title } : named(courseId),
    };
  }
  return { kind: 'unknown' };
}

/** One line for the source: "Credential program: Dry Needling" / "Course: Lumbar Spine". */
export function sourceSummary(source: RequirementSource): string {
  switch (source.kind) {
    case 'program':
      return `Credential program: ${source.title ?? 'no longer offered'}`;
    case 'course':
      return `Course: ${source.course.title ?? 'no longer in the catalog'}`;
    case 'unknown':
      return 'Credential no longer offered';
  }
}

/**
 * A change to what a clinic requires changes every cell of its compliance report. Dropping
 * the cached report makes any screen showing it fetch it again, now if it is on screen and
 * otherwise when it is next opened, without naming queries that are not active.
 */
export function forgetComplianceReport(cache: ApolloCache, clinicId: string): void {
  cache.evict({
    id: cache.identify({ __typename: 'Organization', id: clinicId }),
    fieldName: 'complianceReport',
  });
  cache.gc();
}

export interface HeldCredential {
  certificateCode?: string | null;
  completedOn?: string | null;
  expiresOn?: string | null;
  revokedOn?: string | null;
}

/** "Completed 3 Mar 2026, expires 3 Mar 2028", or null when no certificate meets it. */
export function heldSummary(credential: HeldCredential): string | null {
  if (!credential.certificateCode) return null;
  const parts = [
    credential.completedOn && `completed ${date(credential.completedOn)}`,
    credential.revokedOn
      ? `revoked ${date(credential.revokedOn)}`
      : credential.expiresOn
        ? `expires ${date(credential.expiresOn)}`
        : 'does not expire',
  ].filter(Boolean);
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
