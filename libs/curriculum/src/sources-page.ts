import { contactHours } from '@fascicle/catalog';
import { curriculumCourseTime } from './credit-checks.js';
import type { Curriculum, CurriculumCourse, CurriculumLesson } from './model.js';

const YEAR = /\b(?:19[4-9]\d|20[0-4]\d)\b/g;

/**
 * docs/curriculum-sources.md, made from the curriculum files so it cannot drift from them:
 * who wrote each course, when each lesson was last reviewed, what changed in this version,
 * how recent each lesson's sources are, and the known limits of the content.
 */
export function sourcesPage(curriculum: Curriculum): string {
  const minutes = curriculum.courses.reduce((sum, course) => sum + course.creditMinutes, 0);
  const lines = [
    '# Curriculum sources and review',
    '',
    '<!-- Made from libs/curriculum/content by libs/curriculum/src/sources-page.ts. Do not edit:',
    '     UPDATE_SOURCES_PAGE=1 npm run test:api -- libs/curriculum/src/sources-page rewrites it. -->',
    '',
    `The program **${curriculum.program.title}** has ${curriculum.courses.length} courses and claims ` +
      `${minutes} minutes of instruction (${contactHours(minutes, { minutesPerHour: 50, increment: 0.25 })} ` +
      'contact hours of 50 minutes): lesson text at 180 words a minute plus 1.85 minutes for each ' +
      'question a learner answers once (see [credit.md](credit.md)).',
    '',
    'Every lesson cites at least three sources, each with its year, at least one from the five ' +
      'years before its review unless the lesson says why none exists, and names the source and ' +
      'year beside every figure. `npm test` fails when a lesson breaks one of these rules.',
    '',
  ];
  for (const course of curriculum.courses) lines.push(...courseSection(course));
  return `${lines.join('\n').trimEnd()}\n`;
}

function courseSection(course: CurriculumCourse): string[] {
  const time = curriculumCourseTime(course);
  const lessons = course.modules.flatMap((module) => module.lessons);
  const { contributors, commercialSupport } = course.disclosure;
  const relationships = contributors.flatMap((person) => person.relationships);
  return [
    `## ${course.title}`,
    '',
    `\`${course.slug}\` · claims ${course.creditMinutes} minutes (estimate ${time.supportedMinutes}) · ` +
      `content reviewed ${course.contentReviewedOn} · credit offered until ${course.creditEndsOn}`,
    '',
    `- **Written by:** ${contributors.map((person) => `${person.name} (${person.role}; ${person.credentials})`).join('; ')}.`,
    `- **Financial relationships:** ${relationships.length ? relationships.map((r) => `${r.company}, ${r.nature}`).join('; ') : 'none'}. ` +
      `**Commercial support:** ${commercialSupport.length ? commercialSupport.map((r) => r.company).join('; ') : 'none'}.`,
    `- **Changed in this version:** ${course.versionNotes ?? 'first version.'}`,
    `- **Corrects:** ${course.corrects.length ? `${course.corrects.map((kind) => kind.toLowerCase()).join(' and ')} content; everyone who completed an earlier version is told what changed` : 'no safety or legal content of an earlier version'}.`,
    ...(course.handsOnObjectives.length
      ? [`- **Skills assessed only in the hands-on part:** ${course.handsOnObjectives.join('; ')}.`]
      : []),
    '',
    '| Lesson | Last reviewed | References | Newest | From 2016 on |',
    '| --- | --- | --- | --- | --- |',
    ...lessons.map((lesson) => lessonRow(lesson, course)),
    '',
    ...(course.knownLimits.length
      ? ['**Known limits:**', '', ...course.knownLimits.map((limit) => `- ${limit}`), '']
      : ['**Known limits:** none recorded.', '']),
  ];
}

function lessonRow(lesson: CurriculumLesson, course: CurriculumCourse): string {
  const years = lesson.references.map((reference) =>
    Math.max(0, ...(reference.citation.match(YEAR) ?? []).map(Number)),
  );
  const recent = years.filter((year) => year >= 2016).length;
  return `| ${lesson.title} | ${lesson.reviewedOn ?? course.contentReviewedOn} | ${lesson.references.length} | ${Math.max(0, ...years) || '—'} | ${recent} of ${years.length} |`;
}
