import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { AuthContext } from '../../auth/AuthProvider';
import { testSession, testUser } from '../../auth/testing';
import {
  TeachRemoveLessonMediaDocument,
  type TeachLessonMediaFieldsFragment,
} from '../../gql/graphql';
import { MediaSection } from './MediaSection';

const picture: TeachLessonMediaFieldsFragment = {
  id: 'm-1',
  kind: 'IMAGE',
  position: 1,
  url: 'https://fascicle.example/media/m-1',
  contentType: 'image/webp',
  bytes: 2048,
  width: 40,
  height: 30,
  altText: 'Needle entering the upper trapezius',
  durationSeconds: null,
  captionsUrl: null,
  transcript: null,
};

const clip: TeachLessonMediaFieldsFragment = {
  ...picture,
  id: 'm-2',
  kind: 'VIDEO',
  position: 2,
  url: 'https://fascicle.example/media/m-2',
  contentType: 'video/webm',
  width: null,
  height: null,
  altText: null,
  durationSeconds: 3,
  captionsUrl: 'https://fascicle.example/media/m-2/captions.vtt',
  transcript: '',
};

function renderSection(editable: boolean, mocks: MockLink.MockedResponse[] = []) {
  const session = testSession(testUser({ roles: ['INSTRUCTOR'] }));
  render(
    <AuthContext value={{ session, state: session.getState() }}>
      <MockedProvider mocks={mocks}>
        <MediaSection lessonId="l-1" media={[picture, clip]} editable={editable} />
      </MockedProvider>
    </AuthContext>,
  );
}

describe('MediaSection', () => {
  it('lists the pictures with their alt text and the videos with their captions', () => {
    renderSection(true);
    const list = screen.getByRole('list', { name: 'The lesson’s pictures and video' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(
      within(first!).getByRole('img', { name: 'Needle entering the upper trapezius' }),
    ).toBeTruthy();
    expect(first!.textContent).toMatch(/Picture 1 · 40 × 30 px · 2 KB/);
    expect(second!.textContent).toMatch(/Video 2 · 0:03 \(3 seconds\)/);
    expect(within(second!).getByRole('link', { name: 'captions.vtt' }).getAttribute('href')).toBe(
      '/media/m-2/captions.vtt',
    );
    expect(screen.getByText('Add a picture')).toBeTruthy();
    expect(screen.getByText('Add a video')).toBeTruthy();
  });

  it('offers no changes outside a draft', () => {
    renderSection(false);
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.queryByText('Add a picture')).toBeNull();
  });

  it('removes a picture after asking, and shows a refusal', async () => {
    const removed = vi.fn(() => ({ data: { removeLessonMedia: true } }));
    renderSection(true, [
      {
        request: { query: TeachRemoveLessonMediaDocument, variables: { mediaId: 'm-1' } },
        result: removed,
      },
      {
        request: { query: TeachRemoveLessonMediaDocument, variables: { mediaId: 'm-2' } },
        result: {
          errors: [
            new GraphQLError('Version 1 is PUBLISHED: only a draft can change', {
              extensions: { code: 'CONFLICT', field: 'mediaId' },
            }),
          ],
        },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove picture 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove', hidden: true }));
    await vi.waitFor(() => expect(removed).toHaveBeenCalledOnce());

    fireEvent.click(screen.getByRole('button', { name: 'Remove video 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove', hidden: true }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/only a draft can change/);
  });
});
