// Prints what a board auditor asks of the seeded curriculum: each course's claimed minutes
// against the content's estimate, lesson by lesson, and the chance that a guesser who never
// read a lesson (longest option; always "False") passes each quiz within its attempts.
// Run with `npm run credit:report`, which builds @fascicle/curriculum (and the libraries it uses)
// first: Node loads it from libs/curriculum/dist.
import { creditReport, defaultContentDir, loadCurriculum } from '@fascicle/curriculum';

const curriculum = loadCurriculum(defaultContentDir());
process.stdout.write(`${creditReport(curriculum).join('\n')}\n`);
