import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AssessmentReader, type AttemptHistory } from './assessment-reader.js';
import type { QuestionBankEntity } from './entities/question-bank.entity.js';
import type { QuestionOptionEntity } from './entities/question-option.entity.js';
import type { QuestionEntity } from './entities/question.entity.js';
import type { QuizAccommodationEntity } from './entities/quiz-accommodation.entity.js';
import type { QuizEntity } from './entities/quiz.entity.js';

/** The assessment module's DataLoaders, made fresh for each request (see `LoaderFactory`). */
export interface AssessmentLoaders {
  quizById: DataLoader<string, QuizEntity | null>;
  quizzesByVersionId: DataLoader<string, QuizEntity[]>;
  banksByVersionId: DataLoader<string, QuestionBankEntity[]>;
  bankById: DataLoader<string, QuestionBankEntity | null>;
  bankSizeById: DataLoader<string, number>;
  questionsByBankId: DataLoader<string, QuestionEntity[]>;
  optionsByQuestionId: DataLoader<string, QuestionOptionEntity[]>;
  passedQuizIdsByUserId: DataLoader<string, Set<string>>;
  /** Keyed `<quizId>:<userId>` (quizUserKey). */
  accommodationByQuizUser: DataLoader<string, QuizAccommodationEntity | null>;
  /** Keyed `<quizId>:<userId>` (quizUserKey). */
  attemptHistoryByQuizUser: DataLoader<string, AttemptHistory>;
}

@Injectable()
export class AssessmentLoaderFactory {
  constructor(private readonly assessment: AssessmentReader) {}

  create(): AssessmentLoaders {
    const { assessment } = this;
    return {
      quizById: new DataLoader((ids) => assessment.quizzesByIds(ids)),
      quizzesByVersionId: new DataLoader((ids) => assessment.quizzesByVersionIds(ids)),
      banksByVersionId: new DataLoader((ids) => assessment.banksByVersionIds(ids)),
      bankById: new DataLoader((ids) => assessment.banksByIds(ids)),
      bankSizeById: new DataLoader((ids) => assessment.bankSizes(ids)),
      questionsByBankId: new DataLoader((ids) => assessment.questionsByBankIds(ids)),
      optionsByQuestionId: new DataLoader((ids) => assessment.optionsByQuestionIds(ids)),
      passedQuizIdsByUserId: new DataLoader((ids) => assessment.passedQuizIdsByUserIds(ids)),
      accommodationByQuizUser: new DataLoader((keys) => assessment.accommodationsByKeys(keys)),
      attemptHistoryByQuizUser: new DataLoader((keys) => assessment.attemptHistories(keys)),
    };
  }
}
