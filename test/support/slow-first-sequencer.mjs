// Jest's own order (files that failed last time first, then the longest by the last run's
// times, or the largest files when this machine has no times yet), except that the files
// below always start first, longest first as measured. On a fresh clone, as in CI, there are
// no times, and the size of a folder's test file (a list of imports) says nothing of how long
// its suites take: the seed's (a minute and a half) started among the last, and one worker
// seeded while the other had nothing left to do.
import Sequencer from '@jest/test-sequencer';

const START_FIRST = [
  'test/seed/seed.e2e-spec.ts',
  'test/assessment/assessment.e2e-spec.ts',
  'test/reliability/reliability.e2e-spec.ts',
  'test/identity/identity.e2e-spec.ts',
  'test/credentials/credentials.e2e-spec.ts',
  'test/learning/learning.e2e-spec.ts',
  'test/security/security.e2e-spec.ts',
  'test/organizations/organizations.e2e-spec.ts',
  'test/catalog/catalog.e2e-spec.ts',
];

export default class SlowFirstSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const rank = (test) => {
      const index = START_FIRST.findIndex((path) => test.path.endsWith(`/${path}`));
      return index === -1 ? START_FIRST.length : index;
    };
    // Array.prototype.sort is stable: the rest keep Jest's order.
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
