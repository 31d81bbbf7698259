import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderMediaStorage, MemoryMediaStorage } from './folder-media-storage.js';
import type { MediaStorage } from './media-storage.js';

describe.each([
  ['a folder', () => new FolderMediaStorage(join(root, 'media'))],
  ['memory', () => new MemoryMediaStorage()],
])('MediaStorage in %s', (_name, make: () => MediaStorage) => {
  let storage: MediaStorage;
  beforeEach(() => {
    storage = make();
  });

  it('keeps bytes and type under a key until deleted', async () => {
    const bytes = Buffer.from([0, 1, 2, 255]);
    await storage.put('lessons/abc-123', bytes, 'image/webp');
    expect(await storage.get('lessons/abc-123')).toEqual({ bytes, contentType: 'image/webp' });
    await storage.delete('lessons/abc-123');
    expect(await storage.get('lessons/abc-123')).toBeNull();
    await expect(storage.delete('lessons/abc-123')).resolves.toBeUndefined();
  });

  it('refuses a key that could leave its folder', async () => {
    for (const key of ['../secret', 'lessons/../../x', '/etc/passwd', 'a//b', '']) {
      await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(
        /Not a media storage key/,
      );
    }
  });
});

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'fascicle-media-'));
});
afterAll(() => {
  // Only the folder this spec made.
  expect(readdirSync(root).every((name) => name === 'media')).toBe(true);
  rmSync(root, { recursive: true, force: true });
});
