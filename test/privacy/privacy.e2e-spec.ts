// Every suite of test/privacy, in one test file: Jest loads the whole app into each test file
// anew, so the suites of a folder share one load. Each still starts its own app over a
// database of its own. One suite alone: npm run test:api -- test/privacy -t '<its describe>'.
import './privacy.e2e.js';
