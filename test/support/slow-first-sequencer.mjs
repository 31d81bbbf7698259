// Jest's own order (files that failed last time first, then the longest by the last run's
// times, or the largest files when this machine has no times yet), except that the files
// below always start first. On a fresh clone, as in CI, there are no times, and the file that
// seeds the demo data (about a minute) started among the last: one worker seeded while the
// other had nothing left to do. Longest first, as measured.
import Sequencer from '@jest/test-sequencer';

const START_FIRST = [
  'test/seed/demo-data.e2e-spec.ts',
  'test/assessment/secrecy.e2e-spec.ts',
  'test/credentials/what-it-certifies.e2e-spec.ts',
  'test/reliability/graceful-shutdown.e2e-spec.ts',
  'test/learning/observed-time.e2e-spec.ts',
  'test/reliability/backup-restore.e2e-spec.ts',
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
