#!/usr/bin/env node
// Generates src/gql from the API's schema and the documents in src (graphql-codegen), unless
// nothing it reads or writes has changed since its last run on this machine. Typecheck, build
// and the component tests each need the output current, and in a row (as `npm test` and CI
// run them) the second and third runs had nothing to do but took four seconds each.
// The record of the last run is a hash of its inputs and of its output, kept outside the
// repository (node_modules/.cache); `--force` runs it regardless.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

const WEB = resolve(import.meta.dirname, '..');
const OUTPUT = join(WEB, 'src/gql');
const RECORD = resolve(WEB, '../../node_modules/.cache/fascicle/web-codegen.json');

async function filesUnder(dir, keep) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .filter(keep)
    .sort();
}

async function hashOf(files) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(WEB, file)).update('\0');
    hash.update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}

async function inputs() {
  const documents = await filesUnder(
    join(WEB, 'src'),
    (file) => /\.tsx?$/.test(file) && !file.startsWith(OUTPUT + '/'),
  );
  return hashOf([join(WEB, 'codegen.ts'), resolve(WEB, '../api/schema.gql'), ...documents]);
}

async function output() {
  return hashOf(await filesUnder(OUTPUT, () => true).catch(() => []));
}

const last = JSON.parse(await readFile(RECORD, 'utf8').catch(() => '{}'));
const before = { inputs: await inputs(), output: await output() };
if (
  !process.argv.includes('--force') &&
  last.inputs === before.inputs &&
  last.output === before.output
) {
  console.log('codegen: src/gql is up to date with the schema and the documents');
  process.exit(0);
}

const run = spawnSync('graphql-codegen', ['--config', 'codegen.ts', '--silent'], {
  cwd: WEB,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (run.status !== 0) process.exit(run.status ?? 1);
await mkdir(dirname(RECORD), { recursive: true });
await writeFile(RECORD, JSON.stringify({ inputs: before.inputs, output: await output() }));
