import { randomBytes } from 'node:crypto';
import { Role } from '@fascicle/common';
import type { GraphQLClient } from './graphql-client.js';
import { userWithRoles, type Session } from './factories.js';
import type { TestApp } from './test-app.js';

export const VERSION_FIELDS = /* GraphQL */ `
  fragment VersionFields on CourseVersion {
    id
    number
    status
    title
    summary
    creditMinutes
    ceHours
    changelog
    reviewComment
    topicTags
    course {
      id
      slug
    }
    modules {
      id
      position
      title
      objectives
      lessons {
        id
        position
        title
        seatTimeMinutes
        bodyMarkdown
      }
    }
  }
`;

export const CREATE_COURSE = /* GraphQL */ `
  mutation CreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      ...VersionFields
    }
  }
  ${VERSION_FIELDS}
`;
export const UPDATE_VERSION = /* GraphQL */ `
  mutation UpdateVersion($input: UpdateCourseVersionInput!) {
    updateCourseVersion(input: $input) {
      ...VersionFields
    }
  }
  ${VERSION_FIELDS}
`;
export const ADD_MODULE = /* GraphQL */ `
  mutation AddModule($input: AddModuleInput!) {
    addModule(input: $input) {
      id
      position
      title
    }
  }
`;
export const ADD_LESSON = /* GraphQL */ `
  mutation AddLesson($input: AddLessonInput!) {
    addLesson(input: $input) {
      id
      position
      title
      bodyMarkdown
      bodyHtml
      seatTimeMinutes
    }
  }
`;
export const UPDATE_LESSON = /* GraphQL */ `
  mutation UpdateLesson($input: UpdateLessonInput!) {
    updateLesson(input: $input) {
      id
      title
    }
  }
`;
export const REORDER_MODULES = /* GraphQL */ `
  mutation Reorder($input: ReorderModulesInput!) {
    reorderModules(input: $input) {
      ...VersionFields
    }
  }
  ${VERSION_FIELDS}
`;
export const REORDER_LESSONS = /* GraphQL */ `
  mutation ReorderLessons($input: ReorderLessonsInput!) {
    reorderLessons(input: $input) {
      id
      lessons {
        id
        position
      }
    }
  }
`;
export const REMOVE_LESSON = /* GraphQL */ `
  mutation RemoveLesson($lessonId: ID!) {
    removeLesson(lessonId: $lessonId) {
      id
      lessons {
        id
        position
      }
    }
  }
`;
export const REMOVE_MODULE = /* GraphQL */ `
  mutation RemoveModule($moduleId: ID!) {
    removeModule(moduleId: $moduleId) {
      id
      modules {
        id
        position
      }
    }
  }
`;
export const SUBMIT = /* GraphQL */ `
  mutation Submit($versionId: ID!) {
    submitCourseVersion(versionId: $versionId) {
      id
      status
    }
  }
`;
export const PUBLISH = /* GraphQL */ `
  mutation Publish($versionId: ID!) {
    publishCourseVersion(versionId: $versionId) {
      id
      status
      publishedAt
    }
  }
`;
export const OVERRIDE_GATES = /* GraphQL */ `
  mutation OverrideGates($input: OverrideCreditGatesInput!) {
    overrideCreditGates(input: $input) {
      id
      status
    }
  }
`;
export const SEND_BACK = /* GraphQL */ `
  mutation SendBack($input: SendBackCourseVersionInput!) {
    sendBackCourseVersion(input: $input) {
      id
      status
      reviewComment
    }
  }
`;
export const RETIRE = /* GraphQL */ `
  mutation Retire($versionId: ID!) {
    retireCourseVersion(versionId: $versionId) {
      id
      status
    }
  }
`;
export const CREATE_DRAFT = /* GraphQL */ `
  mutation CreateDraft($input: CreateDraftVersionInput!) {
    createDraftVersion(input: $input) {
      ...VersionFields
    }
  }
  ${VERSION_FIELDS}
`;
export const ADD_AUTHOR = /* GraphQL */ `
  mutation AddAuthor($input: AddCourseAuthorInput!) {
    addCourseAuthor(input: $input)
  }
`;
export const COURSE = /* GraphQL */ `
  query Course($slug: String!) {
    course(slug: $slug) {
      id
      slug
      viewerIsAuthor
      currentVersion {
        ...VersionFields
      }
      openVersion {
        id
        number
        status
      }
      versions {
        id
        number
        status
      }
      authors {
        userId
        displayName
      }
    }
  }
  ${VERSION_FIELDS}
`;
export const COURSE_VERSION = /* GraphQL */ `
  query CourseVersion($id: ID!) {
    courseVersion(id: $id) {
      ...VersionFields
    }
  }
  ${VERSION_FIELDS}
`;

export function courseInput(overrides: Record<string, unknown> = {}) {
  const suffix = randomBytes(3).toString('hex');
  return {
    slug: `dry-needling-${suffix}`,
    title: `Trigger point dry needling ${suffix}`,
    summary: 'What a myofascial trigger point is and what the evidence says about needling it.',
    audience: 'Licensed physical therapists',
    creditMinutes: 120,
    learningObjectives: ['Define a myofascial trigger point'],
    topicTags: ['dry-needling'],
    ...overrides,
  };
}

export function lessonInput(moduleId: string, overrides: Record<string, unknown> = {}) {
  return {
    moduleId,
    title: 'The local twitch response',
    bodyMarkdown: '## Twitch\n\nA brief contraction of the taut band.',
    seatTimeMinutes: 20,
    references: [
      { citation: 'Dommerholt J. Dry needling in orthopaedic physical therapy practice. 2004.' },
      {
        citation: 'Cagnie B, et al. Physiologic effects of dry needling. 2013.',
        url: 'https://example.org/cagnie',
      },
    ],
    ...overrides,
  };
}

export interface DraftCourse {
  courseId: string;
  slug: string;
  versionId: string;
  moduleIds: string[];
  lessonIds: string[];
}

/** Creates a course through the API with `modules` modules of `lessons` lessons each. */
export async function draftCourse(
  client: GraphQLClient,
  shape: { modules?: number; lessons?: number; input?: Record<string, unknown> } = {},
): Promise<DraftCourse> {
  const { createCourse } = await client.ok<{
    createCourse: { id: string; course: { id: string; slug: string } };
  }>(CREATE_COURSE, { input: courseInput(shape.input) });
  const result: DraftCourse = {
    courseId: createCourse.course.id,
    slug: createCourse.course.slug,
    versionId: createCourse.id,
    moduleIds: [],
    lessonIds: [],
  };
  for (let m = 0; m < (shape.modules ?? 1); m += 1) {
    const { addModule } = await client.ok<{ addModule: { id: string } }>(ADD_MODULE, {
      input: { versionId: result.versionId, title: `Module ${m + 1}`, objectives: ['Explain it'] },
    });
    result.moduleIds.push(addModule.id);
    for (let l = 0; l < (shape.lessons ?? 1); l += 1) {
      const { addLesson } = await client.ok<{ addLesson: { id: string } }>(ADD_LESSON, {
        input: lessonInput(addModule.id, { title: `Lesson ${m + 1}.${l + 1}` }),
      });
      result.lessonIds.push(addLesson.id);
    }
  }
  return result;
}

/**
 * Submits as the author and publishes as the admin. Test courses are a line of text with
 * made-up hours and no quiz, so they fail the credit gates; the admin overrides them at each
 * step, as the gates allow. The gates themselves are tested in test/catalog/credit-gates.
 */
export async function publish(author: GraphQLClient, admin: GraphQLClient, versionId: string) {
  await overrideGates(admin, versionId);
  await author.ok(SUBMIT, { versionId });
  await overrideGates(admin, versionId);
  await admin.ok(PUBLISH, { versionId });
}

/** The admin's override of whatever credit gates the version fails now (none: nothing). */
export async function overrideGates(admin: GraphQLClient, versionId: string): Promise<void> {
  const result = await admin.request(OVERRIDE_GATES, {
    input: { versionId, reason: 'Test fixture: the credit gates are tested on their own.' },
  });
  const error = result.errors?.[0];
  if (error && !/nothing to override/.test(error.message)) {
    throw new Error(`override failed: ${JSON.stringify(result.errors)}`);
  }
}

export const asInstructor = (test: TestApp): Promise<Session> =>
  userWithRoles(test, [Role.INSTRUCTOR]);
