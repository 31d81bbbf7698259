import { CourseAuthoringService } from '../../apps/api/src/catalog/course-authoring.service.js';
import { CourseContentService } from '../../apps/api/src/catalog/course-content.service.js';
import { CourseReviewService } from '../../apps/api/src/catalog/course-review.service.js';
import type { Principal } from '../../apps/api/src/identity/auth/principal.js';
import { courseInput, lessonInput } from './catalog.js';
import type { TestApp } from './test-app.js';

/**
 * Many published courses, made through the same services the API's mutations call (the
 * HTTP round trips would only slow the setup). Each has `modules` × `lessons` content.
 */
export async function publishedCourses(
  test: TestApp,
  people: { author: Principal; admin: Principal },
  count: number,
  shape: { modules: number; lessons: number; input?: (i: number) => Record<string, unknown> },
): Promise<string[]> {
  const authoring = test.app.get(CourseAuthoringService);
  const content = test.app.get(CourseContentService);
  const review = test.app.get(CourseReviewService);
  const slugs: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const input = courseInput(shape.input?.(i)) as Parameters<typeof authoring.createCourse>[0];
    const version = await authoring.createCourse(input, people.author);
    for (let m = 0; m < shape.modules; m += 1) {
      const module = await content.addModule(
        { versionId: version.id, title: `Module ${m + 1}`, objectives: [] },
        people.author,
      );
      for (let l = 0; l < shape.lessons; l += 1) {
        await content.addLesson(
          lessonInput(module.id, { title: `Lesson ${l + 1}` }) as Parameters<
            typeof content.addLesson
          >[0],
          people.author,
        );
      }
    }
    // Fixture courses have no quiz or honest hours: the admin overrides the credit gates.
    const reason = 'Test fixture: the credit gates are tested on their own.';
    await review.overrideGates(version.id, reason, people.admin);
    await review.submit(version.id, people.author);
    await review.overrideGates(version.id, reason, people.admin);
    await review.publish(version.id, people.admin);
    slugs.push(input.slug);
  }
  return slugs;
}
