/** A stored file's bytes and type. */
export interface StoredFile {
  bytes: Buffer;
  contentType: string;
}

/**
 * Where uploaded files live: a folder of the data directory by default, any S3-compatible
 * store when S3_BUCKET is set. Keys are opaque ([\w/-]); a missing key reads as null.
 */
export interface MediaStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<StoredFile | null>;
  delete(key: string): Promise<void>;
}

export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

const KEY = /^[\w-]+(\/[\w-]+)*$/;

/** Keys are made by the API, never by a client; this keeps a bad one from leaving the folder. */
export function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not a media storage key: ${key}`);
  return key;
}
