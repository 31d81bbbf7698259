export * from './state-rules.js';
export * from './state-rules-problems.js';
export * from './state-table.js';
