import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isUUID } from 'class-validator';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-error.js';
import { hygieneProblems } from '../../common/validation/input-hygiene.js';
import { AppConfig } from '../../config/app-config.js';
import { CurrentPrincipal, Public } from '../../identity/auth/decorators.js';
import type { Principal } from '../../identity/auth/principal.js';
import type { StoredFile } from '../../media/media-storage.js';
import { CatalogErrors } from '../catalog-errors.js';
import { LessonMediaModel } from '../models/lesson-media.model.js';
import { LessonMediaService } from './lesson-media.service.js';
import { tooLarge, type MediaUpload } from './media-files.js';

/**
 * Files are REST, not GraphQL: authors upload as multipart/form-data; the files are served by
 * id without a token (an <img> or <video> cannot send one), the id being unguessable.
 */
@Controller('media')
export class LessonMediaController {
  constructor(
    private readonly media: LessonMediaService,
    private readonly config: AppConfig,
  ) {}

  @Post('lessons/:lessonId')
  @HttpCode(201)
  async upload(
    @Param('lessonId') lessonId: string,
    @Req() request: FastifyRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LessonMediaModel> {
    if (!isUUID(lessonId)) throw CatalogErrors.lessonNotFound();
    const upload = await this.readForm(request);
    const row = await this.media.upload(lessonId, upload, principal);
    return LessonMediaModel.from(row, this.config.publicUrl);
  }

  @Public()
  @Get(':id')
  async file(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const file = isUUID(id) ? await this.media.file(id) : null;
    return send(reply, file, null, request.headers.range);
  }

  @Public()
  @Get(':id/captions.vtt')
  async captions(@Param('id') id: string, @Res() reply: FastifyReply) {
    const file = isUUID(id) ? await this.media.captions(id) : null;
    return send(reply, file, 'text/vtt; charset=utf-8');
  }

  private async readForm(request: FastifyRequest): Promise<MediaUpload> {
    if (!request.isMultipart()) {
      throw InvalidInputError.of('file', 'Send the file as multipart/form-data');
    }
    const upload: MediaUpload = { file: null, altText: null, captions: null, transcript: null };
    const { imageBytes, videoBytes } = this.config.mediaLimits;
    try {
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          const bytes = await part.toBuffer();
          if (part.fieldname === 'file') upload.file = bytes;
          else if (part.fieldname === 'captions') upload.captions = bytes;
        } else if (part.fieldname === 'altText' || part.fieldname === 'transcript') {
          upload[part.fieldname] = String(part.value);
        }
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw tooLarge(upload.file ? 'captions' : 'file', Math.max(imageBytes, videoBytes));
      }
      throw InvalidInputError.of('file', 'The upload could not be read: send it again');
    }
    // Multipart fields skip the global input pipe: the same rule, applied here.
    const problems = hygieneProblems(
      Object.fromEntries(
        Object.entries({ altText: upload.altText, transcript: upload.transcript }).filter(
          ([, value]) => value !== null,
        ),
      ),
      undefined,
    );
    if (problems.length > 0) throw new InvalidInputError(problems);
    return upload;
  }
}

/**
 * Answers with the file, or the one byte range asked for (a <video> seeks with ranges);
 * several ranges are answered with the whole file, which HTTP allows.
 */
function send(
  reply: FastifyReply,
  file: StoredFile | null,
  contentType: string | null,
  range?: string,
) {
  if (!file) throw new NotFoundError('No such media');
  reply
    .header('content-type', contentType ?? file.contentType)
    .header('cache-control', 'public, max-age=31536000, immutable')
    .header('x-content-type-options', 'nosniff')
    .header('accept-ranges', 'bytes');
  const size = file.bytes.length;
  const asked = range ? /^bytes=(\d*)-(\d*)$/.exec(range.trim()) : null;
  if (!asked || (asked[1] === '' && asked[2] === '')) return reply.send(file.bytes);
  const [start, end] =
    asked[1] === ''
      ? [Math.max(0, size - Number(asked[2])), size - 1]
      : [Number(asked[1]), asked[2] === '' ? size - 1 : Math.min(Number(asked[2]), size - 1)];
  if (start >= size || start > end) {
    return reply.status(416).header('content-range', `bytes */${size}`).send();
  }
  return reply
    .status(206)
    .header('content-range', `bytes ${start}-${end}/${size}`)
    .send(file.bytes.subarray(start, end + 1));
}
