import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthContext } from '../../auth/AuthProvider';
import { testSession, testUser } from '../../auth/testing';
import { ImageUploadForm, VideoUploadForm } from './MediaUploadForm';

type Sent = { url: string; init: RequestInit };

let sent: Sent[] = [];
let answer: () => Response;

beforeEach(() => {
  sent = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return Promise.resolve(answer());
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function renderForm(form: 'image' | 'video', onUploaded = vi.fn()) {
  const session = testSession(testUser({ roles: ['INSTRUCTOR'] }));
  render(
    <AuthContext value={{ session, state: session.getState() }}>
      {form === 'image' ? (
        <ImageUploadForm lessonId="l-1" onUploaded={onUploaded} />
      ) : (
        <VideoUploadForm lessonId="l-1" onUploaded={onUploaded} />
      )}
    </AuthContext>,
  );
  return onUploaded;
}

/** Chooses a file in a file input, as the browser does when a person picks one. */
function choose(label: RegExp, file: File) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  // happy-dom keeps the chosen files behind the `files` setter, where FormData reads them.
  input.files = [file] as unknown as FileList;
  fireEvent.change(input);
}

const png = () =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'knee.png', { type: 'image/png' });
const webm = () =>
  new File([new Uint8Array([0x1a, 0x45, 0xdf, 0xa3])], 'clip.webm', { type: 'video/webm' });
const vtt = () =>
  new File(['WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n'], 'clip.vtt', { type: 'text/vtt' });

/** The error shown for a field, read as a screen reader does: through aria-describedby. */
function errorOf(label: RegExp): string {
  const control = screen.getByLabelText(label);
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids
    .filter((id) => id.endsWith('-error'))
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('ImageUploadForm', () => {
  it('says why alt text is required, and asks for it before uploading', async () => {
    renderForm('image');
    expect(screen.getByText(/Screen readers read this aloud in place of the picture/)).toBeTruthy();
    choose(/^Picture/, png());
    // What a screen reader meets when focus arrives: the field must already say it is wrong.
    const altText = screen.getByLabelText(/^Alt text/);
    const onFocus: (string | null)[] = [];
    altText.addEventListener('focus', () => onFocus.push(altText.getAttribute('aria-invalid')));
    fireEvent.click(screen.getByRole('button', { name: 'Add picture' }));
    expect(errorOf(/^Alt text/)).toMatch(/Write the alt text: screen readers read it/);
    expect(altText.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(altText));
    expect(onFocus).toEqual(['true']);
    expect(sent).toHaveLength(0);
  });

  it('uploads the file and the alt text with the bearer token, then refreshes the lesson', async () => {
    answer = () => json(201, { id: 'm-1', kind: 'IMAGE' });
    const onUploaded = renderForm('image');
    choose(/^Picture/, png());
    fireEvent.change(screen.getByLabelText(/^Alt text/), {
      target: { value: 'Needle entering the gastrocnemius' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add picture' }));
    await waitFor(() => expect(onUploaded).toHaveBeenCalledOnce());
    expect((await screen.findByRole('status')).textContent).toBe('Picture added.');
    // Ready for the next picture.
    expect((screen.getByLabelText(/^Alt text/) as HTMLTextAreaElement).value).toBe('');
    expect(sent).toHaveLength(1);
    const [{ url, init }] = sent as [Sent];
    expect(url).toBe('/media/lessons/l-1');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['authorization']).toBe('Bearer access-token');
    const body = init.body as FormData;
    expect(body.get('altText')).toBe('Needle entering the gastrocnemius');
    expect((body.get('file') as File).name).toBe('knee.png');
  });

  it('shows the API’s refusal beside the field it names', async () => {
    answer = () =>
      json(400, {
        error: {
          code: 'BAD_USER_INPUT',
          message: 'This file is not a PNG, JPEG, WebP or GIF image, nor a WebM or MP4 video',
          field: 'file',
          problems: [
            {
              field: 'file',
              message: 'This file is not a PNG, JPEG, WebP or GIF image, nor a WebM or MP4 video',
            },
          ],
        },
      });
    const onUploaded = renderForm('image');
    choose(/^Picture/, png());
    fireEvent.change(screen.getByLabelText(/^Alt text/), { target: { value: 'A knee' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add picture' }));
    await waitFor(() => expect(errorOf(/^Picture/)).toMatch(/not a PNG, JPEG, WebP or GIF image/));
    expect(errorOf(/^Alt text/)).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onUploaded).not.toHaveBeenCalled();
  });

  it('shows a refusal about no field of the form (no longer a draft) above it', async () => {
    answer = () =>
      json(409, {
        error: {
          code: 'CONFLICT',
          message: 'Version 2 is PUBLISHED: only a draft can change',
          field: 'lessonId',
        },
      });
    renderForm('image');
    choose(/^Picture/, png());
    fireEvent.change(screen.getByLabelText(/^Alt text/), { target: { value: 'A knee' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add picture' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/only a draft can change/);
  });
});

describe('VideoUploadForm', () => {
  it('asks for the captions file before uploading a video', () => {
    renderForm('video');
    choose(/^Video/, webm());
    fireEvent.click(screen.getByRole('button', { name: 'Add video' }));
    expect(errorOf(/^Captions/)).toMatch(/Choose the captions file \(WebVTT, \.vtt\)/);
    expect(errorOf(/^Video/)).toBe('');
    expect(sent).toHaveLength(0);
  });

  it('uploads the video with its captions and transcript, the transcript being optional', async () => {
    answer = () => json(201, { id: 'm-2', kind: 'VIDEO' });
    const onUploaded = renderForm('video');
    choose(/^Video/, webm());
    choose(/^Captions/, vtt());
    fireEvent.change(screen.getByLabelText(/^Transcript/), {
      target: { value: 'Palpate the taut band.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add video' }));
    await waitFor(() => expect(onUploaded).toHaveBeenCalledOnce());
    const body = sent[0]!.init.body as FormData;
    expect((body.get('captions') as File).name).toBe('clip.vtt');
    expect(body.get('transcript')).toBe('Palpate the taut band.');
  });

  it('shows a captions refusal from the API beside the captions field', async () => {
    answer = () =>
      json(400, {
        error: {
          code: 'BAD_USER_INPUT',
          message: 'The captions file is not WebVTT: it must begin with the line WEBVTT',
          field: 'captions',
        },
      });
    renderForm('video');
    choose(/^Video/, webm());
    choose(/^Captions/, vtt());
    fireEvent.click(screen.getByRole('button', { name: 'Add video' }));
    await waitFor(() => expect(errorOf(/^Captions/)).toMatch(/must begin with the line WEBVTT/));
  });
});
