// The rules of hybrid (online + hands-on) programs: live hours, check-in codes, practical
// exams, patient-free logs and program requirements. Framework-free; the API applies them.
export * from './patient-free-text.js';
export * from './live-credit.js';
export * from './check-in-code.js';
export * from './practical-exam.js';
export * from './program-requirements.js';
export * from './supervisor-qualification.js';
