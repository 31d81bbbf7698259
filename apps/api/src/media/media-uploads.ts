import fastifyMultipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config.js';

/**
 * multipart/form-data for the one route that reads it (POST /media/lessons/:lessonId):
 * other routes never call request.parts(), and JSON bodies keep their 1 MB limit. A file
 * larger than the largest allowed upload is cut off while it streams, not buffered whole.
 */
export async function registerMediaUploads(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<void> {
  const { imageBytes, videoBytes } = config.mediaLimits;
  await app.register(fastifyMultipart, {
    limits: {
      fileSize: Math.max(imageBytes, videoBytes),
      files: 2,
      fields: 4,
      parts: 6,
      // Room for a transcript of 100 000 characters (up to 4 bytes each in UTF-8).
      fieldSize: 400_000,
    },
  });
}
