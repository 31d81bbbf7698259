// Every suite of test/reliability, in one test file: Jest loads the whole app into each test file
// anew (about two seconds on two cores), so the suites of a folder share one load. Each still
// starts its own app over a database of its own. One suite alone:
// npm run test:api -- test/reliability -t '<its describe>'. test/lint/suites-run.e2e-spec.ts checks
// that every *.e2e.ts file is imported here or in another folder's list.
import './backup-restore.e2e.js';
import './dockerfile.e2e.js';
import './graceful-shutdown.e2e.js';
import './health.e2e.js';
import './job-queue.e2e.js';
import './metrics.e2e.js';
import './security-headers.e2e.js';
import './tracing.e2e.js';
import './two-processes.e2e.js';
