import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOrCreateFile } from './create-once.js';

describe('readOrCreateFile', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'create-once-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the file once, owner-only, and reads it back afterwards', () => {
    const file = join(dir, 'nested', 'secret');
    expect(readOrCreateFile(file, () => 'first')).toBe('first');
    expect(readOrCreateFile(file, () => 'second')).toBe('first');
    expect(readFileSync(file, 'utf8')).toBe('first');
    expect(readdirSync(join(dir, 'nested'))).toEqual(['secret']);
  });

  it('uses what another process put in place first, and leaves no temporary file', () => {
    const file = join(dir, 'secret');
    // The other process links its file while this one is generating.
    const content = readOrCreateFile(file, () => {
      writeFileSync(file, 'theirs');
      return 'mine';
    });
    expect(content).toBe('theirs');
    expect(readdirSync(dir)).toEqual(['secret']);
  });

  it('leaves nothing in place when creating fails part-way', () => {
    const file = join(dir, 'secret');
    expect(() =>
      readOrCreateFile(file, () => {
        throw new Error('killed');
      }),
    ).toThrow('killed');
    expect(readdirSync(dir)).toEqual([]);
    expect(readOrCreateFile(file, () => 'fresh')).toBe('fresh');
  });
});
