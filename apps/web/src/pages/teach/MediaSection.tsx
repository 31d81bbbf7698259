import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../../graphql/errors';
import { graphql } from '../../gql';
import type { TeachLessonMediaFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError } from '../../ui/Field';
import { sameOriginPath } from '../../ui/download';
import { plural } from '../../ui/format';
import { clock } from '../learning/progress';
import { fileSize } from './media-draft';
import { ImageUploadForm, VideoUploadForm } from './MediaUploadForm';

graphql(`
  fragment TeachLessonMediaFields on LessonMedia {
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
`);

const TeachRemoveLessonMediaDocument = graphql(`
  mutation TeachRemoveLessonMedia($mediaId: ID!) {
    removeLessonMedia(mediaId: $mediaId)
  }
`);

type Media = TeachLessonMediaFieldsFragment;

/**
 * The lesson's pictures and videos. On a draft its authors add them (a picture with its alt
 * text, a video with its captions) and remove them; published versions keep theirs unchanged.
 */
export function MediaSection({
  lessonId,
  media,
  editable,
}: {
  lessonId: string;
  media: readonly Media[];
  editable: boolean;
}) {
  const client = useApolloClient();
  const [removing, setRemoving] = useState<Media | null>(null);
  const [error, setError] = useState<string>();
  const [remove, { loading }] = useMutation(TeachRemoveLessonMediaDocument, {
    refetchQueries: ['TeachLessonEditor'],
    awaitRefetchQueries: true,
  });
  const refresh = () => client.refetchQueries({ include: ['TeachLessonEditor'] });

  async function onRemove(item: Media) {
    setError(undefined);
    try {
      await remove({ variables: { mediaId: item.id } });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setRemoving(null);
    }
  }

  return (
    <section className="section" aria-labelledby="media-heading">
      <h2 id="media-heading">Pictures and video</h2>
      <FormError message={error} />
      {media.length === 0 ? (
        <p>No pictures or video in this lesson.</p>
      ) : (
        <ol className="media-list" aria-label="The lesson’s pictures and video">
          {media.map((item) => (
            <li key={item.id} className="media-item">
              <MediaSummary item={item} />
              {editable && (
                <Button
                  variant="danger"
                  className="button-small"
                  onClick={() => setRemoving(item)}
                  aria-label={`Remove ${item.kind === 'IMAGE' ? 'picture' : 'video'} ${item.position}`}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <>
          <details className="add-panel">
            <summary>Add a picture</summary>
            <ImageUploadForm lessonId={lessonId} onUploaded={refresh} />
          </details>
          <details className="add-panel">
            <summary>Add a video</summary>
            <VideoUploadForm lessonId={lessonId} onUploaded={refresh} />
          </details>
        </>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={removing?.kind === 'VIDEO' ? 'Remove this video?' : 'Remove this picture?'}
        confirmLabel="Remove"
        busy={loading}
        onConfirm={() => removing && void onRemove(removing)}
        onCancel={() => setRemoving(null)}
      >
        Learners of this draft will no longer see it. You can upload it again.
      </ConfirmDialog>
    </section>
  );
}

function MediaSummary({ item }: { item: Media }) {
  if (item.kind === 'IMAGE') {
    return (
      <div className="media-summary">
        <img
          className="media-thumb"
          src={sameOriginPath(item.url)}
          alt={item.altText ?? ''}
          width={item.width ?? undefined}
          height={item.height ?? undefined}
          loading="lazy"
        />
        <div>
          <p className="media-title">
            Picture {item.position} · {item.width} × {item.height} px · {fileSize(item.bytes)}
          </p>
          <p>
            <span className="status-text">Alt text:</span> {item.altText}
          </p>
        </div>
      </div>
    );
  }
  const seconds = item.durationSeconds ?? 0;
  return (
    <div className="media-summary">
      <div>
        <p className="media-title">
          Video {item.position} · {clock(seconds)} ({plural(seconds, 'second')}) ·{' '}
          {fileSize(item.bytes)}
        </p>
        <p>
          Captions:{' '}
          {item.captionsUrl ? <a href={sameOriginPath(item.captionsUrl)}>captions.vtt</a> : 'none'}
          {' · '}
          {item.transcript ? 'With a transcript' : 'No transcript'}
        </p>
      </div>
    </div>
  );
}
