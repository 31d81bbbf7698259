// The suites of the platform around the modules (health, GraphQL conventions, migrations,
// domain events, request ids, serving the web app), in one test file: Jest loads the whole app
// into each test file anew (about two seconds on two cores), so they share one load, as each
// module's folder does. Each still starts its own app over a database of its own.
// test/lint/suites-run.e2e-spec.ts checks that every *.e2e.ts file is imported somewhere.
import './health.e2e.js';
import './graphql-conventions.e2e.js';
import './database/migrations.e2e.js';
import './events/domain-events.e2e.js';
import './logging/request-id.e2e.js';
import './web-app/serving.e2e.js';
