// Runs first in `npm test`: the browser journeys need Debian's chromium (never a downloaded
// browser). Finding it missing after the whole API suite wastes minutes, so look now: install
// it when we can (root, apt), otherwise stop at once with the one command to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL = 'apt-get install -y chromium';

function present() {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

if (!present()) {
  const root = process.getuid?.() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!root || !hasApt || process.env.CHROMIUM_PATH) {
    process.stderr.write(
      `The browser journeys need chromium at ${path}, and it is missing.\n` +
        `Install it (as root): ${INSTALL}  — or set CHROMIUM_PATH to a chromium binary.\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`chromium is missing: ${INSTALL}\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) {
      process.stderr.write(`\`apt-get ${args.join(' ')}\` failed; run ${INSTALL} as root.\n`);
      process.exit(1);
    }
  }
  if (!present()) {
    process.stderr.write(`chromium is still not at ${path}; set CHROMIUM_PATH.\n`);
    process.exit(1);
  }
}
