/** The API's limits, checked here too so a person hears about them before a long upload. */
export const MAX_ALT_TEXT = 300;
export const MAX_TRANSCRIPT = 100_000;

type Errors = Record<string, string>;

function chosenFile(data: FormData, field: string): File | null {
  const value = data.get(field);
  return value instanceof File && value.size > 0 ? value : null;
}

function text(data: FormData, field: string): string {
  const value = data.get(field);
  return typeof value === 'string' ? value.trim() : '';
}

/** A picture needs its file and alt text. */
export function checkImageUpload(data: FormData): Errors {
  const errors: Errors = {};
  if (!chosenFile(data, 'file')) errors['file'] = 'Choose the picture to upload.';
  const altText = text(data, 'altText');
  if (altText.length === 0) {
    errors['altText'] =
      'Write the alt text: screen readers read it to learners who cannot see the picture.';
  } else if (altText.length > MAX_ALT_TEXT) {
    errors['altText'] = `The alt text is too long: at most ${MAX_ALT_TEXT} characters.`;
  }
  return errors;
}

/** A video needs its file and a captions file; the transcript may be left out. */
export function checkVideoUpload(data: FormData): Errors {
  const errors: Errors = {};
  if (!chosenFile(data, 'file')) errors['file'] = 'Choose the video to upload.';
  if (!chosenFile(data, 'captions')) {
    errors['captions'] =
      'Choose the captions file (WebVTT, .vtt): learners who cannot hear the video read them.';
  }
  if (text(data, 'transcript').length > MAX_TRANSCRIPT) {
    errors['transcript'] =
      `The transcript is too long: at most ${MAX_TRANSCRIPT.toLocaleString('en')} characters.`;
  }
  return errors;
}

/** A stored file's size as people read it: 820 KB, 2.4 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
