import type { SeedServices } from './seed-services.js';
import type { SimOption, SimQuestion } from './simulated-answers.js';

type Quiz = NonNullable<
  Awaited<ReturnType<SeedServices['assessment']['quizzesByVersionIds']>>[number]
>[number];
type Lesson = Awaited<ReturnType<SeedServices['catalog']['lessonsByModuleIds']>>[number][number];

/** A question bank as the simulated learners see it: questions and each one's options. */
export interface SimBank {
  questions: SimQuestion[];
  options: Map<string, SimOption[]>;
}

/**
 * The published courses' lessons, quizzes and banks, read once for all the simulated
 * learners: they do not change while the demo data are made, and 60 learners reading them
 * again for every course and attempt were about 1,200 statements. Same readers, same order
 * (options by position), so the learners' choices are the same.
 */
export class CourseFacts {
  private readonly lessons = new Map<string, Promise<Lesson[]>>();
  private readonly quizzes = new Map<string, Promise<Quiz[]>>();
  private readonly banks = new Map<string, Promise<SimBank>>();

  constructor(private readonly services: SeedServices) {}

  /** The version's lessons in module order. */
  lessonsOf(versionId: string): Promise<Lesson[]> {
    return kept(this.lessons, versionId, async () => {
      const [modules] = await this.services.catalog.modulesByVersionIds([versionId]);
      const lessons = await this.services.catalog.lessonsByModuleIds(modules.map((m) => m.id));
      return lessons.flat();
    });
  }

  /** The course's quizzes: module quizzes in module order, the final exam last. */
  quizzesOf(versionId: string): Promise<Quiz[]> {
    return kept(this.quizzes, versionId, async () => {
      const [quizzes] = await this.services.assessment.quizzesByVersionIds([versionId]);
      const [modules] = await this.services.catalog.modulesByVersionIds([versionId]);
      const order = (quiz: Quiz) =>
        quiz.moduleId === null
          ? Number.MAX_SAFE_INTEGER
          : modules.findIndex((module) => module.id === quiz.moduleId);
      return [...quizzes].sort((a, b) => order(a) - order(b));
    });
  }

  bank(bankId: string): Promise<SimBank> {
    return kept(this.banks, bankId, async () => {
      const [questions] = await this.services.assessment.questionsByBankIds([bankId]);
      const ids = questions.map((question) => question.id);
      const options = await this.services.assessment.optionsByQuestionIds(ids);
      return { questions, options: new Map(ids.map((id, index) => [id, options[index]])) };
    });
  }
}

function kept<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = load();
    // A failed read is not kept: the next caller tries again.
    void value.catch(() => cache.delete(key));
    cache.set(key, value);
  }
  return value;
}
