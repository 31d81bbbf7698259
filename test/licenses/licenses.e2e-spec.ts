// Every suite of test/licenses, in one test file: Jest loads the whole app into each test file
// anew, so the suites of a folder share one load. Each still starts its own app over a database
// of its own. One suite alone: npm run test:api -- test/licenses -t '<its describe>'.
// test/lint/suites-run.e2e-spec.ts checks that every *.e2e.ts file is imported here.
import './license-records.e2e.js';
import './certificate-license.e2e.js';
