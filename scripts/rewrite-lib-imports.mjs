// Rewrites `@fascicle/<lib>` imports in compiled output to relative paths. TypeScript keeps
// path aliases as written, and Node resolves them only through node_modules; this keeps the
// libs compiled beside the app (dist/libs/...) so one `tsc` builds everything it runs.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: rewrite-lib-imports.mjs <outDir>');
const ALIAS = /(from\s+|import\s*\(\s*|import\s+)(['"])@fascicle\/([a-z0-9-]+)\2/g;

let rewritten = 0;
for (const file of walk(outDir)) {
  const source = readFileSync(file, 'utf8');
  const next = source.replace(ALIAS, (_match, keyword, quote, lib) => {
    const target = join(outDir, 'libs', lib, 'src', 'index.js');
    let path = relative(dirname(file), target).split(sep).join('/');
    if (!path.startsWith('.')) path = `./${path}`;
    return `${keyword}${quote}${path}${quote}`;
  });
  if (next !== source) {
    writeFileSync(file, next);
    rewritten += 1;
  }
}
process.stdout.write(`rewrote @fascicle/* imports in ${rewritten} files\n`);

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (path.endsWith('.js')) yield path;
  }
}
