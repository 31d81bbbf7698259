import { DataSource } from 'typeorm';
import { asAdmin, registerLearner } from '../support/factories.js';
import { asInstructor, draftCourse, publish } from '../support/catalog.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_PROGRAM = /* GraphQL */ `
  mutation Program($input: CreateCredentialProgramInput!) {
    createCredentialProgram(input: $input) {
      id
    }
  }
`;
const PROGRAMS = /* GraphQL */ `
  query Programs {
    credentialPrograms {
      id
      courseIds
      courses {
        id
        slug
      }
    }
  }
`;

interface Program {
  id: string;
  courseIds: string[];
  courses: { id: string; slug: string }[];
}

describe('a credential program lists its courses', () => {
  let test: TestApp;
  let author: GraphQLClient;
  let admin: GraphQLClient;
  let learner: GraphQLClient;
  let courses: { courseId: string; slug: string }[];

  beforeAll(async () => {
    test = await startTestApp();
    author = test.client.as((await asInstructor(test)).accessToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
    learner = test.client.as((await registerLearner(test)).accessToken);
    courses = [];
    for (let i = 0; i < 3; i += 1) {
      const course = await draftCourse(author);
      await publish(author, admin, course.versionId);
      courses.push(course);
    }
  }, 60_000);
  afterAll(() => test.close());

  const createProgram = (slug: string, courseIds: string[]) =>
    admin.ok(CREATE_PROGRAM, {
      input: { slug, title: slug, description: 'Didactic.', validityMonths: 24, courseIds },
    });

  it('gives each program its courses, in one batch however many programs there are', async () => {
    await createProgram('program-a', [courses[0]!.courseId, courses[1]!.courseId]);
    const dataSource = test.app.get(DataSource);
    const one = await countQueries(dataSource, () =>
      learner.ok<{ credentialPrograms: Program[] }>(PROGRAMS),
    );
    const [program] = one.result.credentialPrograms;
    expect(program!.courses.map((course) => course.id).sort()).toEqual(
      [courses[0]!.courseId, courses[1]!.courseId].sort(),
    );
    expect(program!.courses.map((course) => course.slug)).toEqual(
      program!.courseIds.map((id) => courses.find((course) => course.courseId === id)!.slug),
    );
    await createProgram('program-b', [courses[2]!.courseId]);
    await createProgram('program-c', [courses[1]!.courseId, courses[2]!.courseId]);
    const three = await countQueries(dataSource, () =>
      learner.ok<{ credentialPrograms: Program[] }>(PROGRAMS),
    );
    expect(three.result.credentialPrograms).toHaveLength(3);
    expect(three.queries.length).toBe(one.queries.length);
  }, 60_000);
});
