import { describe, expect, it } from 'vitest';
import { uploadOutcome } from './upload';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('uploadOutcome', () => {
  it('hands back the API’s answer to an upload it took', async () => {
    await expect(uploadOutcome(json(201, { id: 'm-1' }))).resolves.toEqual({
      ok: true,
      body: { id: 'm-1' },
    });
  });

  it('puts each problem the API lists on its field', async () => {
    const outcome = await uploadOutcome(
      json(400, {
        error: {
          code: 'BAD_USER_INPUT',
          message: 'Too long; Not WebVTT',
          field: 'altText',
          problems: [
            { field: 'altText', message: 'Too long' },
            { field: 'captions', message: 'Not WebVTT' },
          ],
        },
      }),
    );
    expect(outcome).toEqual({
      ok: false,
      fieldErrors: { altText: 'Too long', captions: 'Not WebVTT' },
      message: null,
    });
  });

  it('keeps a refusal tied to no field for the form as a whole', async () => {
    const outcome = await uploadOutcome(
      json(403, { error: { code: 'FORBIDDEN', message: 'Only the course’s authors can do this' } }),
    );
    expect(outcome).toEqual({
      ok: false,
      fieldErrors: {},
      message: 'Only the course’s authors can do this',
    });
  });

  it('says what happened when a proxy answers without the API’s shape', async () => {
    const outcome = await uploadOutcome(new Response('<html>Too large</html>', { status: 413 }));
    expect(outcome).toEqual({
      ok: false,
      fieldErrors: {},
      message: 'The file is too large to upload.',
    });
  });
});
