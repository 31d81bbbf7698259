// Summarises a V8 .cpuprofile (from `node --cpu-prof`, see bench/README.md "Profiling"):
// self time by package and the top functions, so the next lever shows without a browser.
//
//   node bench/profile-summary.js <file.cpuprofile> [top=25] [seconds=8] [skip=0]
//
// Only the busiest `seconds` of the profile count (the measured load, not the idle wait while
// the baseline runs), after the first `skip` seconds (the start-up and a scenario's set-up,
// which can be busier than the load), and idle samples are left out of the percentages.
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-summary.js <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const windowMs = Number(process.argv[4] ?? 8) * 1000;
const skipMs = Number(process.argv[5] ?? 0) * 1000;
/**
 * @typedef {{ functionName: string, url: string, lineNumber: number }} CallFrame
 * @typedef {{ id: number, callFrame: CallFrame, children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[] }} Profile
 */
/** @type {Profile} */
const profile = JSON.parse(readFileSync(file, 'utf8'));

const idleIds = new Set(
  profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id),
);
// Sample times in ms, then the window of `windowMs` with the most busy samples.
const times = [];
let clock = 0;
for (const delta of profile.timeDeltas) times.push((clock += delta / 1000));
let best = { from: 0, to: 0, busy: -1 };
const first = Math.max(
  0,
  times.findIndex((time) => time >= skipMs),
);
for (let from = first, to = first, busy = 0; to < times.length; to++) {
  if (!idleIds.has(profile.samples[to])) busy++;
  while (times[to] - times[from] > windowMs) if (!idleIds.has(profile.samples[from++])) busy--;
  if (busy > best.busy) best = { from, to, busy };
}

/** @type {Map<number, number>} Self samples per node id, busy ones in the window only. */
const selfSamples = new Map();
for (let i = best.from; i <= best.to; i++) {
  const id = profile.samples[i];
  if (!idleIds.has(id)) selfSamples.set(id, (selfSamples.get(id) ?? 0) + 1);
}
const total = best.busy;

/**
 * Where a function comes from: a package name, the project's own code, or Node itself.
 *
 * @param {string} url
 */
function origin(url) {
  if (!url) return '(native / V8)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node';
  const project = url.match(/(apps\/[^/]+|libs\/[^/]+)/);
  return project ? project[1] : url;
}

/** @type {Map<string, number>} */
const byOrigin = new Map();
/** @type {Map<string, number>} */
const byFunction = new Map();
for (const node of profile.nodes) {
  const samples = selfSamples.get(node.id) ?? 0;
  if (!samples) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = origin(url);
  byOrigin.set(where, (byOrigin.get(where) ?? 0) + samples);
  const file = url ? url.split('/').slice(-1)[0] : '';
  const name = `${functionName || '(anonymous)'} ${where}${url ? ` ${file}:${lineNumber + 1}` : ''}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + samples);
}

const percent = (/** @type {number} */ n) => `${((100 * n) / total).toFixed(1).padStart(5)} %`;
const print = (/** @type {string} */ title, /** @type {Map<string, number>} */ map) => {
  console.log(`\n${title}`);
  for (const [name, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${percent(n)}  ${name}`);
  }
};
const span = (times[best.to] - times[best.from]) / 1000;
console.log(`${file}: ${total} busy samples in the busiest ${span.toFixed(1)} s`);
print('Self time by origin', byOrigin);
print('Self time by function', byFunction);
