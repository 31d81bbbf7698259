// Every suite of test/licensing, in one test file: Jest loads the whole app into each test file
// anew, so the suites of a folder share one load. One suite alone:
// npm run test:api -- test/licensing -t '<its describe>'.
import './eligibility.e2e.js';
