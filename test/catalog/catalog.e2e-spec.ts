// Every suite of test/catalog, in one test file: Jest loads the whole app into each test file
// anew (about two seconds on two cores), so the suites of a folder share one load. Each still
// starts its own app over a database of its own. One suite alone:
// npm run test:api -- test/catalog -t '<its describe>'. test/lint/suites-run.e2e-spec.ts checks
// that every *.e2e.ts file is imported here or in another folder's list.
import './authoring-gaps.e2e.js';
import './catalog-reading.e2e.js';
import './credit-gates.e2e.js';
import './publishing-flow.e2e.js';
import './refusals.e2e.js';
import './markdown-preview.e2e.js';
import './lesson-media.e2e.js';
import './correction-notices.e2e.js';
