export * from './version-status.js';
export * from './ce-hours.js';
export * from './slug.js';
export * from './render-markdown.js';
export * from './approval-status.js';
