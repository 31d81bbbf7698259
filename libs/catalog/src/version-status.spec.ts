import {
  CourseVersionStatus as S,
  isEditable,
  isOpen,
  isReleased,
  statusAfter,
  VersionAction as A,
} from './version-status.js';

describe('statusAfter', () => {
  it('follows draft → review → published → retired', () => {
    expect(statusAfter(S.DRAFT, A.SUBMIT)).toBe(S.IN_REVIEW);
    expect(statusAfter(S.IN_REVIEW, A.PUBLISH)).toBe(S.PUBLISHED);
    expect(statusAfter(S.PUBLISHED, A.RETIRE)).toBe(S.RETIRED);
  });

  it('sends a version in review back to draft', () => {
    expect(statusAfter(S.IN_REVIEW, A.SEND_BACK)).toBe(S.DRAFT);
  });

  it('refuses every other move', () => {
    const allowed = new Set([
      'DRAFT:SUBMIT',
      'IN_REVIEW:PUBLISH',
      'IN_REVIEW:SEND_BACK',
      'PUBLISHED:RETIRE',
    ]);
    for (const status of Object.values(S)) {
      for (const action of Object.values(A)) {
        if (allowed.has(`${status}:${action}`)) continue;
        expect({ status, action, next: statusAfter(status, action) }).toEqual({
          status,
          action,
          next: null,
        });
      }
    }
  });
});

describe('isEditable, isOpen and isReleased', () => {
  it('lets only a draft change', () => {
    expect(Object.values(S).filter(isEditable)).toEqual([S.DRAFT]);
  });

  it('counts drafts and versions in review as open', () => {
    expect(Object.values(S).filter(isOpen)).toEqual([S.DRAFT, S.IN_REVIEW]);
  });

  it('releases published and retired versions to learners', () => {
    expect(Object.values(S).filter(isReleased)).toEqual([S.PUBLISHED, S.RETIRED]);
  });
});
