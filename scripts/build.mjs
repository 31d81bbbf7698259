#!/usr/bin/env node
// `npm run build`: the API (tsc, one core) and the web app (Vite) built at once, since neither
// needs the other; fails when either does.
import { spawn } from 'node:child_process';

const run = (script) =>
  new Promise((resolve) => {
    spawn('npm', ['run', script], { stdio: 'inherit', shell: process.platform === 'win32' }).on(
      'exit',
      (code) => resolve(code ?? 1),
    );
  });

const codes = await Promise.all([run('build:api'), run('build:web')]);
process.exit(codes.every((code) => code === 0) ? 0 : 1);
