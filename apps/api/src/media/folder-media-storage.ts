import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { checkedKey, type MediaStorage, type StoredFile } from './media-storage.js';

/** Files in a folder; the type is kept beside each file (`<key>.type`). */
export class FolderMediaStorage implements MediaStorage {
  constructor(private readonly root: string) {}

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
    await writeFile(`${path}.type`, contentType);
  }

  async get(key: string): Promise<StoredFile | null> {
    const path = this.path(key);
    try {
      const [bytes, contentType] = await Promise.all([
        readFile(path),
        readFile(`${path}.type`, 'utf8'),
      ]);
      return { bytes, contentType };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const path = this.path(key);
    await rm(path, { force: true });
    await rm(`${path}.type`, { force: true });
  }

  private path(key: string): string {
    return join(this.root, checkedKey(key));
  }
}

/** For the in-memory data folder (tests): nothing touches the disk. */
export class MemoryMediaStorage implements MediaStorage {
  private readonly files = new Map<string, StoredFile>();

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    this.files.set(checkedKey(key), { bytes: Buffer.from(bytes), contentType });
  }

  async get(key: string): Promise<StoredFile | null> {
    return this.files.get(checkedKey(key)) ?? null;
  }

  async delete(key: string): Promise<void> {
    this.files.delete(checkedKey(key));
  }

  /** How many files are kept (tests check that shared files outlive one of their rows). */
  get size(): number {
    return this.files.size;
  }
}
