// Prints what a board auditor asks of the seeded curriculum: each course's claimed minutes
// against the content's estimate, lesson by lesson, and the chance that a guesser who never
// read a lesson (longest option; always "False") passes each quiz within its attempts.
// Run with `npm run credit:report` (builds the API first: the libraries come from its build).
import {
  creditReport,
  defaultContentDir,
  loadCurriculum,
} from '../apps/api/dist/libs/curriculum/src/index.js';

const curriculum = loadCurriculum(defaultContentDir());
process.stdout.write(`${creditReport(curriculum).join('\n')}\n`);
