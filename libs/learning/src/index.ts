export * from './calendar-date.js';
export * from './seat-time.js';
export * from './completion.js';
export * from './ce-year.js';
export * from './csv.js';
export * from './certificate-status.js';
