import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import {
  CredentialKind,
  type CourseDisclosure,
  type FinancialRelationship,
} from '@fascicle/catalog';
import { YamlFields, YamlFileError } from '@fascicle/common';
import { loadStateRules, renderStateRulesTable } from '@fascicle/regulation';
import { splitFrontMatter } from './front-matter.js';
import {
  CORRECTION_KINDS,
  type CorrectionKind,
  type Curriculum,
  type CurriculumCourse,
  type CurriculumLesson,
  type CurriculumProgram,
  type CurriculumQuestion,
  type CurriculumQuiz,
  type QuestionKind,
} from './model.js';
import { lessonReferences } from './references.js';

const QUESTION_KINDS: readonly QuestionKind[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE'];

/**
 * Reads the whole curriculum from its folder (see content/FORMAT.md). Throws a
 * YamlFileError naming the file and field when a file is malformed; the rules about
 * what good content is (references, question counts, hours) are in `curriculumProblems`.
 */
export function loadCurriculum(root: string): Curriculum {
  const coursesDir = join(root, 'courses');
  const courses = readdirSync(coursesDir, { withFileTypes: true })
    // A folder without course.yaml is a course being written, not yet part of the curriculum
    // (the content check names the courses it expects, so one cannot drop out unnoticed).
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(coursesDir, entry.name, 'course.yaml')),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => loadCourse(root, join(coursesDir, name)));
  return { courses, program: loadProgram(root) };
}

function loadProgram(root: string): CurriculumProgram {
  const file = 'program.yaml';
  const fields = new YamlFields(file, readYaml(root, file));
  return {
    slug: fields.string('slug'),
    title: fields.string('title'),
    description: fields.string('description'),
    credentialKind: fields.oneOf('credentialKind', Object.values(CredentialKind)),
    scopeStatement: fields.string('scopeStatement'),
    validityMonths: fields.number('validityMonths'),
    courses: fields.strings('courses'),
  };
}

function loadCourse(root: string, dir: string): CurriculumCourse {
  const directory = relative(root, dir);
  const file = join(directory, 'course.yaml');
  const fields = new YamlFields(file, readYaml(root, file));
  const approval = fields.optionalNested('approval');
  const finalExam = fields.optionalNested('finalExam');
  return {
    directory,
    slug: fields.string('slug'),
    title: fields.string('title'),
    summary: fields.string('summary'),
    audience: fields.string('audience'),
    creditMinutes: fields.number('creditMinutes'),
    credentialKind: fields.oneOf('credentialKind', Object.values(CredentialKind)),
    scopeStatement: fields.string('scopeStatement'),
    certificateValidityMonths: fields.optionalNumber('certificateValidityMonths'),
    learningObjectives: fields
      .list('learningObjectives')
      .map((objective) => ({ key: objective.string('key'), text: objective.string('text') })),
    handsOnObjectives: fields.strings('handsOnObjectives', []),
    disclosure: loadDisclosure(fields.nested('disclosure')),
    contentReviewedOn: fields.date('contentReviewedOn'),
    creditEndsOn: fields.date('creditEndsOn'),
    topicTags: fields.strings('topicTags', []),
    prerequisites: fields.strings('prerequisites', []),
    approval: approval
      ? {
          body: approval.string('body'),
          approvalNumber: approval.string('approvalNumber'),
          minutesPerHour: approval.number('minutesPerHour'),
          increment: approval.number('increment'),
        }
      : null,
    modules: fields.list('modules').map((module) => {
      const quiz = module.optionalNested('quiz');
      return {
        title: module.string('title'),
        lessons: module
          .strings('lessons')
          .map((name) => loadLesson(root, join(directory, 'lessons', name))),
        quiz: quiz ? loadQuiz(root, quiz, [join(directory, quiz.string('questions'))]) : null,
      };
    }),
    finalExam: finalExam ? loadQuiz(root, finalExam, finalExam.strings('questions')) : null,
    versionNotes: fields.optionalString('versionNotes'),
    knownLimits: fields.strings('knownLimits', []),
    corrects: fields.has('corrects')
      ? fields.strings('corrects').map((kind) => {
          if (!(CORRECTION_KINDS as readonly string[]).includes(kind)) {
            fields.fail(`corrects must list ${CORRECTION_KINDS.join(' or ')}, not ${kind}`);
          }
          return kind as CorrectionKind;
        })
      : [],
  };
}

function loadDisclosure(fields: YamlFields): CourseDisclosure {
  const relationships = (list: YamlFields[]): FinancialRelationship[] =>
    list.map((item) => ({ company: item.string('company'), nature: item.string('nature') }));
  return {
    contributors: fields.list('contributors').map((person) => ({
      name: person.string('name'),
      credentials: person.string('credentials'),
      role: person.string('role'),
      relationships: relationships(person.list('relationships')),
      mitigation: person.optionalString('mitigation'),
    })),
    commercialSupport: relationships(fields.list('commercialSupport')),
  };
}

function loadLesson(root: string, file: string): CurriculumLesson {
  const { data, body: written } = splitFrontMatter(readText(root, file));
  const fields = new YamlFields(file, data);
  const pilot = fields.optionalNested('pilot');
  const body = withStateRulesTable(written);
  return {
    file,
    title: fields.string('title'),
    seatTimeMinutes: fields.number('seatTimeMinutes'),
    objectives: fields.strings('objectives'),
    pilot: pilot
      ? { testers: pilot.number('testers'), medianMinutes: pilot.number('medianMinutes') }
      : null,
    body: body.trim(),
    references: lessonReferences(body),
    recentSourceNone: fields.optionalString('recentSourceNone'),
    reviewedOn: fields.has('reviewedOn') ? fields.date('reviewedOn') : null,
  };
}

const STATE_RULES_TABLE = /^\{\{state-rules-table\}\}$/m;

/** A lesson shows the state rules from their one data file, never a copy written by hand. */
function withStateRulesTable(body: string): string {
  if (!STATE_RULES_TABLE.test(body)) return body;
  const table = renderStateRulesTable(loadStateRules());
  return body.replace(STATE_RULES_TABLE, () => table);
}

function loadQuiz(root: string, fields: YamlFields, questionFiles: string[]): CurriculumQuiz {
  const minutes = fields.optionalNumber('timeLimitMinutes');
  return {
    title: fields.string('title'),
    questionFiles,
    questions: questionFiles.flatMap((file) => loadQuestions(root, file)),
    passingScorePercent: fields.number('passingScorePercent'),
    questionCount: fields.optionalNumber('questionCount'),
    timeLimitMinutes: minutes,
    maxAttempts: fields.optionalNumber('maxAttempts'),
    retakeWaitMinutes: fields.optionalNumber('retakeWaitMinutes') ?? 0,
  };
}

function loadQuestions(root: string, file: string): CurriculumQuestion[] {
  const data = readYaml(root, file);
  if (!Array.isArray(data)) throw new YamlFileError(file, 'must be a list of questions');
  return data.map((item, index) => {
    const fields = new YamlFields(file, item, `question ${index + 1}`);
    const type = fields.string('type') as QuestionKind;
    if (!QUESTION_KINDS.includes(type)) {
      fields.fail(`question ${index + 1}: type must be one of ${QUESTION_KINDS.join(', ')}`);
    }
    const options =
      type === 'TRUE_FALSE'
        ? trueFalse(fields)
        : fields.list('options').map((option) => ({
            text: option.string('text'),
            correct: option.boolean('correct', false),
          }));
    return {
      id: fields.string('id'),
      type,
      objective: fields.string('objective'),
      stem: fields.string('stem'),
      options,
      explanation: fields.string('explanation'),
      reference: fields.string('reference'),
      source: file,
    };
  });
}

function trueFalse(fields: YamlFields) {
  if (fields.has('options')) fields.fail('a TRUE_FALSE question gives `answer`, not options');
  const answer = fields.requiredBoolean('answer');
  return [
    { text: 'True', correct: answer },
    { text: 'False', correct: !answer },
  ];
}

function readText(root: string, file: string): string {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch {
    throw new YamlFileError(file, 'cannot be read (is the name in course.yaml right?)');
  }
}

function readYaml(root: string, file: string): unknown {
  try {
    return parse(readText(root, file)) as unknown;
  } catch (error) {
    if (error instanceof YamlFileError) throw error;
    throw new YamlFileError(file, `is not valid YAML: ${(error as Error).message}`);
  }
}
