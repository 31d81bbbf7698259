import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../apps/api/src/config/app-config.js';
import { asAdmin, registerLearner } from '../support/factories.js';
import {
  asInstructor,
  CREATE_DRAFT,
  draftCourse,
  publish,
  REMOVE_LESSON,
  REMOVE_MODULE,
  type DraftCourse,
} from '../support/catalog.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CLIP = readFileSync(join(import.meta.dirname, '../fixtures/media/three-second-clip.webm'));
const CAPTIONS = 'WEBVTT\n\n00:00.000 --> 00:02.800\nA three-second clip.\n';
const IMAGE_LIMIT = 20_000;
const VIDEO_LIMIT = 50_000;

const LESSON_MEDIA = /* GraphQL */ `
  query LessonMedia($id: ID!) {
    courseVersion(id: $id) {
      modules {
        lessons {
          id
          media {
            id
            kind
            position
            url
            contentType
            bytes
            width
            height
            altText
            durationSeconds
            captionsUrl
            transcript
          }
        }
      }
    }
  }
`;
const DISCARD = /* GraphQL */ `
  mutation Discard($versionId: ID!) {
    discardDraftVersion(versionId: $versionId) {
      versionId
    }
  }
`;
const REMOVE_MEDIA = /* GraphQL */ `
  mutation RemoveLessonMedia($mediaId: ID!) {
    removeLessonMedia(mediaId: $mediaId)
  }
`;

interface Media {
  id: string;
  kind: 'IMAGE' | 'VIDEO';
  position: number;
  url: string;
  contentType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  altText: string | null;
  durationSeconds: number | null;
  captionsUrl: string | null;
  transcript: string | null;
}

/** A 40x30 PNG carrying EXIF (an author's name, a camera) that must not survive. */
async function pngWithExif(width = 40, height = 30): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3366cc' } })
    .withExif({ IFD0: { Artist: 'Dr. Private Person', Make: 'SecretCam' } })
    .png()
    .toBuffer();
}

/** A PNG of noise: it does not compress, so its size is about width x height x 3. */
async function noisePng(side: number): Promise<Buffer> {
  return sharp(randomBytes(side * side * 3), { raw: { width: side, height: side, channels: 3 } })
    .png()
    .toBuffer();
}

describe('lesson media: images and captioned videos, uploaded to drafts, served by id', () => {
  let test: TestApp;
  let authorToken: string;
  let author: GraphQLClient;
  let admin: GraphQLClient;
  let course: DraftCourse;

  beforeAll(async () => {
    test = await startTestApp({
      MEDIA_MAX_IMAGE_BYTES: String(IMAGE_LIMIT),
      MEDIA_MAX_VIDEO_BYTES: String(VIDEO_LIMIT),
    });
    authorToken = (await asInstructor(test)).accessToken;
    author = test.client.as(authorToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
    course = await draftCourse(author, { modules: 1, lessons: 2 });
  });
  afterAll(() => test.close());

  function upload(
    lessonId: string,
    parts: {
      file?: { bytes: Buffer; name: string; type: string };
      altText?: string;
      captions?: { bytes: Buffer | string; name?: string };
      transcript?: string;
    },
    token: string | null = authorToken,
  ) {
    const form = new FormData();
    if (parts.altText !== undefined) form.append('altText', parts.altText);
    if (parts.transcript !== undefined) form.append('transcript', parts.transcript);
    if (parts.file) {
      form.append(
        'file',
        new Blob([new Uint8Array(parts.file.bytes)], { type: parts.file.type }),
        parts.file.name,
      );
    }
    if (parts.captions) {
      form.append(
        'captions',
        new Blob(
          [
            typeof parts.captions.bytes === 'string'
              ? parts.captions.bytes
              : new Uint8Array(parts.captions.bytes),
          ],
          { type: 'text/vtt' },
        ),
        parts.captions.name ?? 'captions.vtt',
      );
    }
    return fetch(`${test.url}/media/lessons/${lessonId}`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
  }

  async function uploaded(lessonId: string, parts: Parameters<typeof upload>[1]): Promise<Media> {
    const response = await upload(lessonId, parts);
    const body = (await response.json()) as Media;
    expect({ status: response.status, body }).toMatchObject({ status: 201 });
    return body;
  }

  const image = async (lessonId: string) =>
    uploaded(lessonId, {
      file: { bytes: await pngWithExif(), name: 'diagram.png', type: 'image/png' },
      altText: 'The knee from the side',
    });
  const video = (lessonId: string) =>
    uploaded(lessonId, {
      file: { bytes: CLIP, name: 'clip.webm', type: 'video/webm' },
      captions: { bytes: CAPTIONS },
      transcript: 'A three-second clip.',
    });

  async function mediaOf(client: GraphQLClient, versionId: string, lessonId: string) {
    const data = await client.ok<{
      courseVersion: { modules: { lessons: { id: string; media: Media[] }[] }[] };
    }>(LESSON_MEDIA, { id: versionId });
    const lessons = data.courseVersion.modules.flatMap((module) => module.lessons);
    return lessons.find((lesson) => lesson.id === lessonId)!.media;
  }

  const publicUrl = () => test.app.get(AppConfig).publicUrl;
  /** GET a URL the API made (PUBLIC_URL) from the test app, wherever it listens. */
  const get = (url: string) => fetch(`${test.url}${new URL(url).pathname}`);

  async function rowCount(): Promise<number> {
    const [{ count }] = (await test.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM lesson_media`)) as [{ count: number }];
    return count;
  }

  async function refusal(response: Response, status: number) {
    const body = (await response.json()) as {
      error: { code: string; message: string; field?: string };
    };
    expect(response.status).toBe(status);
    return body.error;
  }

  it('re-encodes an image without its metadata and serves it by id', async () => {
    const sent = await sharp(await pngWithExif()).metadata();
    expect(sent.exif?.includes('Private Person')).toBe(true);
    const media = await image(course.lessonIds[0]!);
    expect(media).toMatchObject({
      kind: 'IMAGE',
      contentType: 'image/webp',
      width: 40,
      height: 30,
      altText: 'The knee from the side',
      durationSeconds: null,
      captionsUrl: null,
      transcript: null,
      url: `${publicUrl()}/media/${media.id}`,
    });
    const response = await get(media.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBe(media.bytes);
    const metadata = await sharp(bytes).metadata();
    expect(metadata).toMatchObject({ format: 'webp', width: 40, height: 30 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.icc).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(bytes.includes('Private Person')).toBe(false);
  });

  it('scales a large image down to 2000 px on its longest side', async () => {
    // A flat colour compresses to almost nothing, so it fits the lowered size limit.
    const big = await sharp({
      create: { width: 3000, height: 1500, channels: 3, background: '#fff' },
    })
      .png()
      .toBuffer();
    const media = await uploaded(course.lessonIds[1]!, {
      file: { bytes: big, name: 'big.png', type: 'image/png' },
      altText: 'A white page',
    });
    expect(media).toMatchObject({ width: 2000, height: 1000 });
    const served = Buffer.from(await (await get(media.url)).arrayBuffer());
    expect(await sharp(served).metadata()).toMatchObject({ width: 2000, height: 1000 });
  });

  it('measures a video, keeps its captions and transcript, and serves both', async () => {
    const media = await video(course.lessonIds[0]!);
    expect(media).toMatchObject({
      kind: 'VIDEO',
      contentType: 'video/webm',
      bytes: CLIP.length,
      durationSeconds: 3,
      width: null,
      altText: null,
      transcript: 'A three-second clip.',
      captionsUrl: `${publicUrl()}/media/${media.id}/captions.vtt`,
    });
    const file = await get(media.url);
    expect(file.headers.get('content-type')).toBe('video/webm');
    expect(Buffer.from(await file.arrayBuffer()).equals(CLIP)).toBe(true);
    const path = `${test.url}${new URL(media.url).pathname}`;
    const part = await fetch(path, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${CLIP.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(CLIP.subarray(100, 200))).toBe(true);
    const tail = await fetch(path, { headers: { range: 'bytes=-10' } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(CLIP.subarray(-10))).toBe(true);
    expect((await fetch(path, { headers: { range: `bytes=${CLIP.length}-` } })).status).toBe(416);
    const captions = await get(media.captionsUrl!);
    expect(captions.status).toBe(200);
    expect(captions.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
    expect(await captions.text()).toBe(CAPTIONS);
  });

  it('lists a lesson’s media in order through GraphQL', async () => {
    const media = await mediaOf(author, course.versionId, course.lessonIds[0]!);
    expect(media.map((item) => [item.position, item.kind])).toEqual([
      [1, 'IMAGE'],
      [2, 'VIDEO'],
    ]);
    expect(media[1]).toMatchObject({ durationSeconds: 3, transcript: 'A three-second clip.' });
  });

  it('reads every lesson’s media in one batch, however many lessons there are', async () => {
    const small = await draftCourse(author, { modules: 1, lessons: 1 });
    const large = await draftCourse(author, { modules: 2, lessons: 3 });
    for (const id of [...small.lessonIds, ...large.lessonIds]) await image(id);
    const dataSource = test.app.get(DataSource);
    const one = await countQueries(dataSource, () =>
      mediaOf(author, small.versionId, small.lessonIds[0]!),
    );
    const six = await countQueries(dataSource, () =>
      mediaOf(author, large.versionId, large.lessonIds[0]!),
    );
    expect(one.result).toHaveLength(1);
    expect(six.queries.filter((query) => query.includes('lesson_media'))).toHaveLength(1);
    expect(six.queries.length).toBe(one.queries.length);
  });

  it('counts the videos’ length in the lesson’s instructional-time estimate', async () => {
    const { courseVersion } = await author.ok<{
      courseVersion: {
        creditReport: {
          lessons: {
            lessonId: string;
            readingMinutes: number;
            mediaMinutes: number;
            estimateMinutes: number;
          }[];
        };
      };
    }>(
      /* GraphQL */ `
        query Credit($id: ID!) {
          courseVersion(id: $id) {
            creditReport {
              lessons {
                lessonId
                readingMinutes
                mediaMinutes
                estimateMinutes
              }
            }
          }
        }
      `,
      { id: course.versionId },
    );
    const [withVideo, withImages] = courseVersion.creditReport.lessons;
    expect(withVideo!.lessonId).toBe(course.lessonIds[0]);
    expect(withVideo!.mediaMinutes).toBeCloseTo(3 / 60);
    expect(withVideo!.estimateMinutes).toBeCloseTo(withVideo!.readingMinutes + 3 / 60);
    expect(withImages!.mediaMinutes).toBe(0);
  });

  describe('refusals (nothing is stored)', () => {
    let before: number;
    beforeEach(async () => {
      before = await rowCount();
    });
    afterEach(async () => {
      expect(await rowCount()).toBe(before);
    });
    const lesson = () => course.lessonIds[1]!;

    it('refuses a PDF or a text file named .png: the type comes from the bytes', async () => {
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
      for (const bytes of [pdf, Buffer.from('just some text, not an image')]) {
        const error = await refusal(
          await upload(lesson(), {
            file: { bytes, name: 'photo.png', type: 'image/png' },
            altText: 'A photo',
          }),
          400,
        );
        expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
        expect(error.message).toMatch(/not a PNG, JPEG, WebP or GIF image/);
      }
    });

    it('refuses an image over the size limit, naming the limit', async () => {
      const bytes = await noisePng(100);
      expect(bytes.length).toBeGreaterThan(IMAGE_LIMIT);
      expect(bytes.length).toBeLessThan(VIDEO_LIMIT);
      const error = await refusal(
        await upload(lesson(), {
          file: { bytes, name: 'noise.png', type: 'image/png' },
          altText: 'Noise',
        }),
        400,
      );
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(error.message).toBe('The file is too large: the limit is 20 KB');
    });

    it('refuses a file larger than any upload while it streams', async () => {
      const bytes = Buffer.concat([CLIP, randomBytes(VIDEO_LIMIT)]);
      const error = await refusal(
        await upload(lesson(), {
          file: { bytes, name: 'long.webm', type: 'video/webm' },
          captions: { bytes: CAPTIONS },
        }),
        400,
      );
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect(error.message).toBe('The file is too large: the limit is 49 KB');
    });

    it('refuses an image without alt text, or with too much', async () => {
      const bytes = await pngWithExif();
      for (const altText of [undefined, '   ', 'x'.repeat(301), 'A\u0000B', 'A\u202eB']) {
        const error = await refusal(
          await upload(lesson(), {
            file: { bytes, name: 'a.png', type: 'image/png' },
            altText,
          }),
          400,
        );
        expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'altText' });
      }
    });

    it('refuses a video without captions, with captions that are not WebVTT, or too long a transcript', async () => {
      const file = { bytes: CLIP, name: 'clip.webm', type: 'video/webm' };
      const long = await refusal(
        await upload(lesson(), {
          file,
          captions: { bytes: CAPTIONS },
          transcript: 'x'.repeat(100_001),
        }),
        400,
      );
      expect(long).toMatchObject({ code: 'BAD_USER_INPUT', field: 'transcript' });
      const missing = await refusal(await upload(lesson(), { file }), 400);
      expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', field: 'captions' });
      for (const captions of [
        '1\n00:00:00,000 --> 00:00:02,800\nAn SRT file\n',
        Buffer.from([0xff, 0xfe, 0x00, 0x57]),
      ]) {
        const error = await refusal(
          await upload(lesson(), { file, captions: { bytes: captions } }),
          400,
        );
        expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'captions' });
      }
    });

    it('refuses anyone but the course’s authors', async () => {
      const file = { bytes: await pngWithExif(), name: 'a.png', type: 'image/png' };
      const learner = (await registerLearner(test)).accessToken;
      const otherInstructor = (await asInstructor(test)).accessToken;
      for (const token of [learner, otherInstructor]) {
        const error = await refusal(await upload(lesson(), { file, altText: 'A' }, token), 403);
        expect(error.code).toBe('FORBIDDEN');
      }
      expect((await refusal(await upload(lesson(), { file, altText: 'A' }, null), 401)).code).toBe(
        'UNAUTHENTICATED',
      );
      const unknown = await refusal(
        await upload('00000000-0000-4000-8000-000000000000', { file, altText: 'A' }),
        404,
      );
      expect(unknown).toMatchObject({ code: 'NOT_FOUND', field: 'lessonId' });
    });

    it('refuses removal by anyone but an author', async () => {
      const [first] = await mediaOf(author, course.versionId, course.lessonIds[0]!);
      const stranger = test.client.as((await asInstructor(test)).accessToken);
      const error = await stranger.error(REMOVE_MEDIA, { mediaId: first!.id });
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('answers 404 for an unknown media id', async () => {
      expect((await fetch(`${test.url}/media/00000000-0000-4000-8000-000000000000`)).status).toBe(
        404,
      );
      expect((await fetch(`${test.url}/media/not-an-id/captions.vtt`)).status).toBe(404);
    });
  });

  it('removes media from a draft, renumbers the rest and deletes the unused file', async () => {
    const lessonId = course.lessonIds[1]!;
    const extra = await image(lessonId);
    const before = await mediaOf(author, course.versionId, lessonId);
    const first = before[0]!;
    expect(await author.ok(REMOVE_MEDIA, { mediaId: first.id })).toEqual({
      removeLessonMedia: true,
    });
    const after = await mediaOf(author, course.versionId, lessonId);
    expect(after.map((item) => [item.id, item.position])).toEqual([[extra.id, 1]]);
    expect((await get(first.url)).status).toBe(404);
    expect((await get(extra.url)).status).toBe(200);
  });

  it('deletes the files of a removed lesson, a removed module and a discarded draft', async () => {
    const draft = await draftCourse(author, { modules: 2, lessons: 2 });
    const [a, b, c] = await Promise.all(draft.lessonIds.slice(0, 3).map((id) => image(id)));
    await author.ok(REMOVE_LESSON, { lessonId: draft.lessonIds[0] });
    expect((await get(a!.url)).status).toBe(404);
    expect((await get(b!.url)).status).toBe(200);
    await author.ok(REMOVE_MODULE, { moduleId: draft.moduleIds[1] });
    expect((await get(c!.url)).status).toBe(404);
    expect((await get(b!.url)).status).toBe(200);
    await author.ok(DISCARD, { versionId: draft.versionId });
    expect((await get(b!.url)).status).toBe(404);
  });

  describe('published versions', () => {
    let published: DraftCourse;
    let publishedMedia: Media[];

    beforeAll(async () => {
      published = await draftCourse(author, { modules: 1, lessons: 1 });
      const lessonId = published.lessonIds[0]!;
      await image(lessonId);
      await video(lessonId);
      await publish(author, admin, published.versionId);
      publishedMedia = await mediaOf(author, published.versionId, lessonId);
    });

    it('keep their media: no upload, no removal', async () => {
      const before = await rowCount();
      const error = await refusal(
        await upload(published.lessonIds[0]!, {
          file: { bytes: await pngWithExif(), name: 'a.png', type: 'image/png' },
          altText: 'Late addition',
        }),
        409,
      );
      expect(error.code).toBe('CONFLICT');
      const removal = await author.error(REMOVE_MEDIA, { mediaId: publishedMedia[0]!.id });
      expect(removal.extensions).toMatchObject({ code: 'CONFLICT' });
      expect(await rowCount()).toBe(before);
    });

    it('pass their media to the next draft, which shares the files', async () => {
      const { createDraftVersion: draft } = await author.ok<{
        createDraftVersion: { id: string; modules: { lessons: { id: string }[] }[] };
      }>(CREATE_DRAFT, { input: { courseId: published.courseId, changelog: 'Next edition' } });
      const draftLessonId = draft.modules[0]!.lessons[0]!.id;
      const copied = await mediaOf(author, draft.id, draftLessonId);
      const strip = ({ id: _id, url: _url, captionsUrl: _captions, ...rest }: Media) => rest;
      expect(copied.map(strip)).toEqual(publishedMedia.map(strip));
      expect(copied.map((item) => item.id)).not.toContain(publishedMedia[0]!.id);
      const copiedVideo = copied.find((item) => item.kind === 'VIDEO')!;
      expect(await (await get(copiedVideo.captionsUrl!)).text()).toBe(CAPTIONS);

      // Removing the draft's copies leaves the published version's files in place.
      for (const item of copied) await author.ok(REMOVE_MEDIA, { mediaId: item.id });
      expect(await mediaOf(author, draft.id, draftLessonId)).toEqual([]);
      for (const item of publishedMedia) expect((await get(item.url)).status).toBe(200);
      const publishedVideo = publishedMedia.find((item) => item.kind === 'VIDEO')!;
      expect((await get(publishedVideo.captionsUrl!)).status).toBe(200);

      // Discarding the draft deletes what was uploaded to it, and only that.
      const own = await video(draftLessonId);
      await author.ok(DISCARD, { versionId: draft.id });
      expect((await get(own.url)).status).toBe(404);
      expect((await get(own.captionsUrl!)).status).toBe(404);
      for (const item of publishedMedia) expect((await get(item.url)).status).toBe(200);
    });
  });
});
