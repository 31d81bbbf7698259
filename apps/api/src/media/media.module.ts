import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { AppConfig, MEMORY_DATA_DIR } from '../config/app-config.js';
import { FolderMediaStorage, MemoryMediaStorage } from './folder-media-storage.js';
import { MEDIA_STORAGE, type MediaStorage } from './media-storage.js';

/** The one MediaStorage of the app: S3 when S3_BUCKET is set, else the data folder. */
export async function mediaStorageFor(config: AppConfig): Promise<MediaStorage> {
  if (config.s3) {
    // The AWS SDK (about 20 MB resident) is loaded only when S3 is configured.
    const { S3MediaStorage } = await import('./s3-media-storage.js');
    return new S3MediaStorage(config.s3);
  }
  if (config.dataDir === MEMORY_DATA_DIR) return new MemoryMediaStorage();
  return new FolderMediaStorage(join(config.dataDir, 'media'));
}

@Module({
  providers: [{ provide: MEDIA_STORAGE, inject: [AppConfig], useFactory: mediaStorageFor }],
  exports: [MEDIA_STORAGE],
})
export class MediaModule {}
