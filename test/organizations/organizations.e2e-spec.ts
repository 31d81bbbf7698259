// Every suite of test/organizations, in one test file: Jest loads the whole app into each test file
// anew (about two seconds on two cores), so the suites of a folder share one load. Each still
// starts its own app over a database of its own. One suite alone:
// npm run test:api -- test/organizations -t '<its describe>'. test/lint/suites-run.e2e-spec.ts checks
// that every *.e2e.ts file is imported here or in another folder's list.
import './compliance.e2e.js';
import './compliance-sql.e2e.js';
import './invitations.e2e.js';
import './member-requirements.e2e.js';
import './memberships.e2e.js';
import './reminder-emails.e2e.js';
import './requirements.e2e.js';
