import type { ApolloCache } from '@apollo/client';

export interface RequirementRef {
  programId?: string | null;
  courseId?: string | null;
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
 * What meets a requirement, named from lists the page already has (the programs and the
 * catalog's first 100 courses), so naming a list of requirements costs no request per item.
 * A course that left the catalog (retired, or beyond the first 100) keeps its kind without a
 * name rather than failing the list.
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
      title: program?.title ?? null,
      courses: (program?.courseIds ?? []).map(named),
    };
  }
  if (requirement.courseId) return { kind: 'course', course: named(requirement.courseId) };
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
