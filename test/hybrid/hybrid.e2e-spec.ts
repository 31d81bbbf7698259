// Every suite of test/hybrid, in one test file: Jest loads the whole app into each test file
// anew (about two seconds on two cores), so the suites of a folder share one load. Each still
// starts its own app over a database of its own. One suite alone:
// npm run test:api -- test/hybrid -t '<its describe>'. test/lint/suites-run.e2e-spec.ts checks
// that every *.e2e.ts file is imported here or in another folder's list.
import './live-sessions.e2e.js';
import './practice-logs.e2e.js';
import './practical-exams.e2e.js';
import './attendance.e2e.js';
import './hybrid-programs.e2e.js';
