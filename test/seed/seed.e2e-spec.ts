// Every suite of test/seed, in one test file: Jest loads the whole app into each test file
// anew (about two seconds on two cores), so the suites of a folder share one load. Each still
// starts its own app over a database of its own. One suite alone:
// npm run test:api -- test/seed -t '<its describe>'. test/lint/suites-run.e2e-spec.ts checks
// that every *.e2e.ts file is imported here or in another folder's list.
import './demo-data.e2e.js';
import './foundations-journey.e2e.js';
import './lesson-reading.e2e.js';
import './seed-inputs.e2e.js';
import './seed-resume.e2e.js';
