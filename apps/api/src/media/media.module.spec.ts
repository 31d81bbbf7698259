import { AppConfig } from '../config/app-config.js';
import { MemoryMediaStorage } from './folder-media-storage.js';
import { mediaStorageFor } from './media.module.js';
import { S3MediaStorage } from './s3-media-storage.js';

// The S3 store's module (and the AWS SDK) is imported only when S3_BUCKET is set.
describe('mediaStorageFor', () => {
  it('makes the S3 store when S3_BUCKET is set', async () => {
    const config = AppConfig.fromEnv({
      FASCICLE_DATA_DIR: 'memory://',
      S3_BUCKET: 'lesson-media',
      S3_ENDPOINT: 'http://127.0.0.1:9',
      S3_FORCE_PATH_STYLE: 'true',
    });
    const storage = await mediaStorageFor(config);
    expect(storage).toBeInstanceOf(S3MediaStorage);
    (storage as S3MediaStorage).onApplicationShutdown();
  });

  it('keeps media in memory without S3_BUCKET, for a memory data folder', async () => {
    const config = AppConfig.fromEnv({ FASCICLE_DATA_DIR: 'memory://' });
    await expect(mediaStorageFor(config)).resolves.toBeInstanceOf(MemoryMediaStorage);
  });
});
