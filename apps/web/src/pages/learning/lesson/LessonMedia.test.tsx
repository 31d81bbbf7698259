import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LessonMediaFieldsFragment } from '../../../gql/graphql';
import { LessonMedia } from './LessonMedia';

const image: LessonMediaFieldsFragment = {
  id: 'm-1',
  kind: 'IMAGE',
  position: 1,
  url: 'https://fascicle.example/media/m-1',
  width: 40,
  height: 30,
  altText: 'Needle entering the upper trapezius at a taut band',
  captionsUrl: null,
  transcript: null,
};

const video: LessonMediaFieldsFragment = {
  id: 'm-2',
  kind: 'VIDEO',
  position: 2,
  url: 'https://fascicle.example/media/m-2',
  width: null,
  height: null,
  altText: null,
  captionsUrl: 'https://fascicle.example/media/m-2/captions.vtt',
  transcript: 'Palpate the taut band, then insert the needle.',
};

describe('LessonMedia', () => {
  it('shows a picture with its alt text, size and lazy loading, from this origin', () => {
    render(<LessonMedia media={[image]} onPlayingChange={() => undefined} />);
    const img = screen.getByRole('img', {
      name: 'Needle entering the upper trapezius at a taut band',
    });
    expect(img.getAttribute('src')).toBe('/media/m-1');
    expect(img.getAttribute('width')).toBe('40');
    expect(img.getAttribute('height')).toBe('30');
    expect(img.getAttribute('loading')).toBe('lazy');
  });

  it('plays a video with English captions on by default and its transcript beside it', () => {
    const { container } = render(<LessonMedia media={[video]} onPlayingChange={() => undefined} />);
    const player = container.querySelector('video')!;
    expect(player.hasAttribute('controls')).toBe(true);
    expect(player.getAttribute('preload')).toBe('metadata');
    expect(player.getAttribute('src')).toBe('/media/m-2');
    const track = player.querySelector('track')!;
    expect(track.getAttribute('kind')).toBe('captions');
    expect(track.getAttribute('src')).toBe('/media/m-2/captions.vtt');
    expect(track.getAttribute('srclang')).toBe('en');
    expect(track.getAttribute('label')).toBe('English');
    expect(track.hasAttribute('default')).toBe(true);
    const transcript = screen.getByText('Transcript').closest('details')!;
    expect(transcript.open).toBe(true);
    expect(screen.getByRole('region', { name: 'Transcript of video 2' }).textContent).toBe(
      'Palpate the taut band, then insert the needle.',
    );
  });

  it('says when a video has no transcript', () => {
    render(
      <LessonMedia media={[{ ...video, transcript: '' }]} onPlayingChange={() => undefined} />,
    );
    expect(screen.queryByText('Transcript')).toBeNull();
    expect(screen.getByText(/captions but no transcript/)).toBeTruthy();
  });

  it('tells the page while any video plays', () => {
    const onPlayingChange = vi.fn();
    const { container } = render(
      <LessonMedia
        media={[video, { ...video, id: 'm-3', position: 3 }]}
        onPlayingChange={onPlayingChange}
      />,
    );
    const [first, second] = [...container.querySelectorAll('video')];
    fireEvent.play(first!);
    fireEvent.play(second!);
    fireEvent.pause(first!);
    expect(onPlayingChange.mock.calls).toEqual([[true]]);
    fireEvent.ended(second!);
    expect(onPlayingChange.mock.calls).toEqual([[true], [false]]);
  });

  it('shows nothing for a lesson without media', () => {
    const { container } = render(<LessonMedia media={[]} onPlayingChange={() => undefined} />);
    expect(container.innerHTML).toBe('');
  });
});
