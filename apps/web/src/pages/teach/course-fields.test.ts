import { describe, expect, it } from 'vitest';
import { courseFieldsDraft, emptyCourseFields, parseCourseFields } from './course-fields';

const VERSION = {
  title: 'Cervical dry needling',
  summary: 'Needling the neck safely.',
  audience: 'Physical therapists',
  creditMinutes: 90,
  certificateValidityMonths: null,
  quizzesAfterLessons: true,
  objectives: [{ key: 'landmarks', text: 'Name the cervical landmarks' }],
  handsOnObjectives: [
    'Palpate the cervical landmarks',
    'Needle the upper trapezius with pincer palpation',
  ],
  topicTags: ['dry-needling', 'cervical'],
};

describe('course fields', () => {
  it('round-trips a version: claimed minutes, objectives with their keys, hands-on skills, tags', () => {
    const parsed = parseCourseFields(courseFieldsDraft(VERSION));
    expect(parsed).toEqual({
      ok: true,
      values: {
        title: VERSION.title,
        summary: VERSION.summary,
        audience: VERSION.audience,
        creditMinutes: 90,
        certificateValidityMonths: null,
        quizzesAfterLessons: true,
        learningObjectives: ['Name the cervical landmarks'],
        objectiveKeys: ['landmarks'],
        handsOnObjectives: [
          'Palpate the cervical landmarks',
          'Needle the upper trapezius with pincer palpation',
        ],
        topicTags: ['dry-needling', 'cervical'],
      },
    });
  });

  it('asks for whole minutes, not hours', () => {
    const parsed = parseCourseFields({ ...emptyCourseFields(), creditMinutes: '1.5' });
    expect(parsed).toEqual({
      ok: false,
      errors: { creditMinutes: 'Enter a whole number of minutes, e.g. 90' },
    });
  });
});
