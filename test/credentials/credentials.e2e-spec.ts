// Every suite of test/credentials, in one test file: Jest loads the whole app into each test file
// anew (about two seconds on two cores), so the suites of a folder share one load. Each still
// starts its own app over a database of its own. One suite alone:
// npm run test:api -- test/credentials -t '<its describe>'. test/lint/suites-run.e2e-spec.ts checks
// that every *.e2e.ts file is imported here or in another folder's list.
import './program-courses.e2e.js';
import './raw-reads.e2e.js';
import './reissue.e2e.js';
import './reminder-window.e2e.js';
import './what-it-certifies.e2e.js';
