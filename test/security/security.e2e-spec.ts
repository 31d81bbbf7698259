// Every suite of test/security, in one test file: Jest loads the whole app into each test file
// anew (about two seconds on two cores), so the suites of a folder share one load. Each still
// starts its own app over a database of its own. One suite alone:
// npm run test:api -- test/security -t '<its describe>'. test/lint/suites-run.e2e-spec.ts checks
// that every *.e2e.ts file is imported here or in another folder's list.
import './input-hygiene.e2e.js';
import './login-throttle.e2e.js';
import './rate-limits.e2e.js';
import './request-limits.e2e.js';
