// Every suite of test/assessment, in one test file: Jest loads the whole app into each test file
// anew (about two seconds on two cores), so the suites of a folder share one load. Each still
// starts its own app over a database of its own. One suite alone:
// npm run test:api -- test/assessment -t '<its describe>'. test/lint/suites-run.e2e-spec.ts checks
// that every *.e2e.ts file is imported here or in another folder's list.
import './attempt-answers.e2e.js';
import './attempt-policy.e2e.js';
import './attempts.e2e.js';
import './authoring.e2e.js';
import './bank-authoring.e2e.js';
import './blueprint.e2e.js';
import './credit.e2e.js';
import './gift-import.e2e.js';
import './item-analysis.e2e.js';
import './secrecy.e2e.js';
