// Every suite of test/board-reporting, in one test file: Jest loads the whole app into each test
// file anew, so the suites of a folder share one load. Each starts its own app over a database of
// its own. One suite alone: npm run test:api -- test/board-reporting -t '<its describe>'.
import './ce-broker-roster.e2e.js';
