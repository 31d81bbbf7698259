import { InvalidInputError } from '../../common/errors/domain-error.js';
import type { MediaLimits } from '../../config/app-config.js';

/** The longest side of a stored image, in pixels: larger ones are scaled down. */
export const MAX_IMAGE_SIDE = 2000;
export const MAX_ALT_TEXT = 300;
export const MAX_CAPTIONS_BYTES = 512 * 1024;
export const MAX_TRANSCRIPT = 100_000;

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif']);
const VIDEO_TYPES = new Set(['video/webm', 'video/mp4']);

/** What an author sent, read from the multipart form. */
export interface MediaUpload {
  file: Buffer | null;
  altText: string | null;
  captions: Buffer | null;
  transcript: string | null;
}

/** An upload checked and ready to store. */
export type CheckedMedia =
  | {
      kind: 'IMAGE';
      bytes: Buffer;
      contentType: string;
      width: number;
      height: number;
      altText: string;
    }
  | {
      kind: 'VIDEO';
      bytes: Buffer;
      contentType: string;
      durationSeconds: number;
      captions: Buffer;
      transcript: string;
    };

/** A size as people read it: 10 MB, 512 KB. */
function readableSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

export function tooLarge(field: string, limit: number): InvalidInputError {
  return InvalidInputError.of(field, `The file is too large: the limit is ${readableSize(limit)}`);
}

/**
 * Checks an upload from its bytes (never its name or declared type) and prepares it: images
 * are re-encoded to WebP (turned upright, metadata dropped, at most MAX_IMAGE_SIDE px), videos
 * are measured and need WebVTT captions.
 */
export async function checkUpload(upload: MediaUpload, limits: MediaLimits): Promise<CheckedMedia> {
  const { file } = upload;
  if (!file || file.length === 0) throw InvalidInputError.of('file', 'Choose a file to upload');
  // Loaded with the first upload, not at start-up: sharp (a native library), music-metadata and
  // file-type held about 7 MB of an idle server that may never receive one (issue 20).
  const { fileTypeFromBuffer } = await import('file-type');
  const type = await fileTypeFromBuffer(file);
  if (type && IMAGE_TYPES.has(type.mime)) {
    if (file.length > limits.imageBytes) throw tooLarge('file', limits.imageBytes);
    return {
      kind: 'IMAGE',
      altText: checkedAltText(upload.altText),
      ...(await reencoded(file, type.mime)),
    };
  }
  if (type && VIDEO_TYPES.has(type.mime)) {
    if (file.length > limits.videoBytes) throw tooLarge('file', limits.videoBytes);
    const captions = checkedCaptions(upload.captions);
    const transcript = upload.transcript ?? '';
    if (transcript.length > MAX_TRANSCRIPT) {
      throw InvalidInputError.of(
        'transcript',
        `The transcript is too long: at most ${MAX_TRANSCRIPT.toLocaleString('en')} characters`,
      );
    }
    return {
      kind: 'VIDEO',
      bytes: file,
      contentType: type.mime,
      durationSeconds: await durationSeconds(file, type.mime),
      captions,
      transcript,
    };
  }
  throw InvalidInputError.of(
    'file',
    'This file is not a PNG, JPEG, WebP or GIF image, nor a WebM or MP4 video',
  );
}

function checkedAltText(altText: string | null): string {
  const text = altText?.trim() ?? '';
  if (text.length === 0) {
    throw InvalidInputError.of(
      'altText',
      'Describe the image in the alt text: people who cannot see it read this',
    );
  }
  if (text.length > MAX_ALT_TEXT) {
    throw InvalidInputError.of(
      'altText',
      `The alt text is too long: at most ${MAX_ALT_TEXT} characters`,
    );
  }
  return text;
}

async function reencoded(
  file: Buffer,
  mime: string,
): Promise<{ bytes: Buffer; contentType: string; width: number; height: number }> {
  const { default: sharp } = await import('sharp');
  try {
    // GIFs keep their frames; other images are turned upright from their EXIF orientation.
    // sharp writes no metadata unless asked (no EXIF, GPS, ICC or XMP survives).
    const image = mime === 'image/gif' ? sharp(file, { animated: true }) : sharp(file).rotate();
    const { data, info } = await image
      .resize({
        width: MAX_IMAGE_SIDE,
        height: MAX_IMAGE_SIDE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return {
      bytes: data,
      contentType: 'image/webp',
      width: info.width,
      height: info.pageHeight ?? info.height,
    };
  } catch {
    throw InvalidInputError.of('file', 'This image could not be read: it may be damaged');
  }
}

async function durationSeconds(file: Buffer, mimeType: string): Promise<number> {
  const { parseBuffer } = await import('music-metadata');
  let seconds: number | undefined;
  try {
    // MediaRecorder's WebM has no duration in its header: duration:true scans the clusters.
    ({
      format: { duration: seconds },
    } = await parseBuffer(file, { mimeType }, { duration: true }));
  } catch {
    seconds = undefined;
  }
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) {
    throw InvalidInputError.of(
      'file',
      'The length of this video could not be read: it may be damaged',
    );
  }
  return Math.ceil(seconds);
}

function checkedCaptions(captions: Buffer | null): Buffer {
  if (!captions || captions.length === 0) {
    throw InvalidInputError.of('captions', 'A video needs a captions file (WebVTT, .vtt)');
  }
  if (captions.length > MAX_CAPTIONS_BYTES) throw tooLarge('captions', MAX_CAPTIONS_BYTES);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(captions);
  } catch {
    throw InvalidInputError.of('captions', 'The captions file is not text (UTF-8)');
  }
  if (!/^(\uFEFF)?WEBVTT(?:[ \t]|\r?\n|$)/.test(text)) {
    throw InvalidInputError.of(
      'captions',
      'The captions file is not WebVTT: it must begin with the line WEBVTT',
    );
  }
  return captions;
}
