export * from './model.js';
export * from './fields.js';
export * from './load-curriculum.js';
export * from './curriculum-problems.js';
export * from './content-dir.js';
export * from './fingerprint.js';
