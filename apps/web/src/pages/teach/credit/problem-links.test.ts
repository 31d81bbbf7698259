import { describe, expect, it } from 'vitest';
import { bankIndex, problemLink } from './problem-links';

const context = {
  versionId: 'v1',
  bankOfQuestion: bankIndex([{ id: 'b1', questions: [{ id: 'q1' }, { id: 'q2' }] }]),
};

describe('where each credit problem is fixed', () => {
  it.each([
    ['creditMinutes', '/teach/versions/v1#description-heading', 'Edit the description'],
    ['lessons.l1.seatTimeMinutes', '/teach/versions/v1/lessons/l1', 'Open the lesson'],
    ['questions.q2.objectiveTag', '/teach/versions/v1/banks/b1#question-q2', 'Open the question'],
    ['questions.q9.objectiveTag', '/teach/versions/v1/assessment', 'Open questions and quizzes'],
    ['quizzes.z1.blueprint', '/teach/versions/v1/assessment#quiz-z1', 'Open the quiz settings'],
    ['quizzes', '/teach/versions/v1/assessment', 'Add a quiz'],
    ['questionBanks.b1', '/teach/versions/v1/banks/b1', 'Open the question bank'],
    [
      'learningObjectives.screening',
      '/teach/versions/v1/assessment',
      'Tag questions and set the quizzes',
    ],
    [
      'disclosure.contributors.0.name',
      '/teach/versions/v1#disclosure-heading',
      'Edit the disclosure',
    ],
    [
      'contentReviewedOn',
      '/teach/versions/v1#credit-details-heading',
      'Edit the credential and credit period',
    ],
  ])('%s → %s', (field, to, label) => {
    expect(problemLink(field, context)).toEqual({ to, label });
  });

  it('has no link for a field it does not know', () => {
    expect(problemLink('versionId', context)).toBeNull();
  });
});
