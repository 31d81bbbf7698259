// Every suite of test/renewals, in one test file: Jest loads the whole app into each test file
// anew, so the suites of a folder share one load. Each still starts its own app over a
// database of its own. One suite alone: npm run test:api -- test/renewals -t '<its describe>'.
import './renewal-plans.e2e.js';
