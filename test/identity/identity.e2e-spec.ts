// Every suite of test/identity, in one test file: Jest loads the whole app into each test file
// anew (about two seconds on two cores), so the suites of a folder share one load. Each still
// starts its own app over a database of its own. One suite alone:
// npm run test:api -- test/identity -t '<its describe>'. test/lint/suites-run.e2e-spec.ts checks
// that every *.e2e.ts file is imported here or in another folder's list.
import './account-recovery.e2e.js';
import './authorization.e2e.js';
import './profile.e2e.js';
import './refresh-cookie.e2e.js';
import './sessions.e2e.js';
import './throttle.e2e.js';
import './tokens.e2e.js';
import './validation.e2e.js';
