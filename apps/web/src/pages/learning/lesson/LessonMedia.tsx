import { useEffect, useRef } from 'react';
import { graphql } from '../../../gql';
import type { LessonMediaFieldsFragment } from '../../../gql/graphql';
import { sameOriginPath } from '../../../ui/download';
import './lesson-media.css';

graphql(`
  fragment LessonMediaFields on LessonMedia {
    id
    kind
    position
    url
    width
    height
    altText
    captionsUrl
    transcript
  }
`);

type Media = LessonMediaFieldsFragment;

/**
 * The lesson's pictures and videos, in the authors' order. Videos come with their captions
 * (on by default) and their transcript beside them. `onPlayingChange` hears whether any video
 * is playing now, so the page can report the time as watched.
 */
export function LessonMedia({
  media,
  onPlayingChange,
}: {
  media: readonly Media[];
  onPlayingChange: (playing: boolean) => void;
}) {
  const playing = useRef(new Set<string>());
  const latest = useRef(onPlayingChange);
  useEffect(() => {
    latest.current = onPlayingChange;
  }, [onPlayingChange]);
  // A video taken off the page (another lesson) is no longer playing.
  useEffect(() => {
    const set = playing.current;
    return () => {
      if (set.size > 0) latest.current(false);
      set.clear();
    };
  }, []);

  if (media.length === 0) return null;
  const played = (id: string, now: boolean) => {
    const set = playing.current;
    const before = set.size > 0;
    if (now) set.add(id);
    else set.delete(id);
    if (set.size > 0 !== before) latest.current(set.size > 0);
  };
  return (
    <section className="section lesson-media" aria-label="Pictures and video">
      {media.map((item) =>
        item.kind === 'IMAGE' ? (
          <figure key={item.id} className="lesson-image">
            <img
              src={sameOriginPath(item.url)}
              alt={item.altText ?? ''}
              width={item.width ?? undefined}
              height={item.height ?? undefined}
              loading="lazy"
            />
          </figure>
        ) : (
          <LessonVideo key={item.id} item={item} onPlaying={(now) => played(item.id, now)} />
        ),
      )}
    </section>
  );
}

function LessonVideo({ item, onPlaying }: { item: Media; onPlaying: (now: boolean) => void }) {
  const transcript = item.transcript ?? '';
  return (
    <div className="lesson-video">
      <video
        controls
        preload="metadata"
        src={sameOriginPath(item.url)}
        aria-label={`Video ${item.position}`}
        onPlay={() => onPlaying(true)}
        onPause={() => onPlaying(false)}
        onEnded={() => onPlaying(false)}
      >
        {item.captionsUrl && (
          <track
            kind="captions"
            src={sameOriginPath(item.captionsUrl)}
            srcLang="en"
            label="English"
            default
          />
        )}
      </video>
      {transcript ? (
        <details className="transcript" open>
          <summary>Transcript</summary>
          {/* Focusable: a keyboard user scrolls a long transcript too. */}
          <div
            className="transcript-text"
            role="region"
            aria-label={`Transcript of video ${item.position}`}
            tabIndex={0}
          >
            {transcript}
          </div>
        </details>
      ) : (
        <p className="transcript-none">This video has captions but no transcript.</p>
      )}
    </div>
  );
}
