import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LIB_FILES } from '../lib-aliases';

const read = (path: string) => readFileSync(new URL(path, new URL('../', import.meta.url)), 'utf8');

describe('rules the web app takes from libs/', () => {
  it('are the same files for the type checker as for Vite and Vitest', () => {
    const { config, error } = ts.parseConfigFileTextToJson('tsconfig.json', read('tsconfig.json'));
    expect(error).toBeUndefined();
    const paths = Object.fromEntries(
      Object.entries(config.compilerOptions.paths as Record<string, string[]>).map(
        ([name, [file]]) => [name, file],
      ),
    );
    expect(paths).toEqual(LIB_FILES);
  });

  it('import nothing, so the browser gets no Node module and no framework', () => {
    for (const file of Object.values(LIB_FILES)) {
      expect(read(file), file).not.toMatch(/^\s*(import\b|export\b.*\bfrom\b)|\brequire\(/m);
    }
  });
});
