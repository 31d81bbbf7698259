export * from './question-type.js';
export * from './question-rules.js';
export * from './score-question.js';
export * from './grade-attempt.js';
export * from './draw.js';
export * from './review-policy.js';
export * from './deadline.js';
export * from './point-biserial.js';
