import { useMutation } from '@apollo/client/react';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { GiftPreviewFieldsFragment } from '../../gql/graphql';
import { errorMessage } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError, TextAreaField } from '../../ui/Field';
import { plural } from '../../ui/format';
import { Page } from '../../ui/Page';
import { GiftPreview } from './GiftPreview';
import './teach.css';

graphql(`
  fragment GiftPreviewFields on GiftImport {
    dryRun
    imported
    problems {
      line
      message
    }
    warnings {
      line
      message
    }
    questions {
      line
      type
      stemMarkdown
      objectiveTag
      options {
        text
        isCorrect
      }
    }
  }
`);

const TeachImportGiftDocument = graphql(`
  mutation TeachImportGift($bankId: ID!, $gift: String!, $dryRun: Boolean!) {
    importGiftQuestions(bankId: $bankId, gift: $gift, dryRun: $dryRun) {
      ...GiftPreviewFields
    }
  }
`);

/**
 * Questions from a Moodle GIFT file: pasted or chosen, previewed (nothing saved, every problem
 * by its line), then added all at once. The bank page links here.
 */
export function GiftImportPage() {
  const { versionId = '', bankId = '' } = useParams();
  const navigate = useNavigate();
  const [gift, setGift] = useState('');
  const [preview, setPreview] = useState<GiftPreviewFieldsFragment | null>(null);
  const [formError, setFormError] = useState<string>();
  const [run, { loading }] = useMutation(TeachImportGiftDocument);
  const previewRef = useRef<HTMLDivElement>(null);
  const bankPath = `/teach/versions/${versionId}/banks/${bankId}`;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    // The API states its size limit when a file is too large.
    setFormError(undefined);
    setPreview(null);
    setGift(await file.text());
  }

  async function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    if (gift.trim() === '') {
      setFormError('Paste the questions, or choose a GIFT file, first.');
      return;
    }
    try {
      const { data } = await run({ variables: { bankId, gift, dryRun: true } });
      setPreview(data?.importGiftQuestions ?? null);
      // The outcome is below the form: bring it into view and to the reader.
      requestAnimationFrame(() => previewRef.current?.focus());
    } catch (error) {
      setFormError(errorMessage(error));
    }
  }

  async function onImport() {
    setFormError(undefined);
    try {
      const { data } = await run({ variables: { bankId, gift, dryRun: false } });
      const imported = data?.importGiftQuestions.imported ?? 0;
      await navigate(bankPath, {
        state: { notice: `${plural(imported, 'question')} imported from the GIFT file.` },
      });
    } catch (error) {
      setFormError(errorMessage(error));
    }
  }

  const ready = preview !== null && preview.problems.length === 0 && preview.questions.length > 0;
  return (
    <Page
      title="Import questions from a GIFT file"
      lead={
        <>
          Moodle&apos;s GIFT format: one question per block, a blank line between blocks, and the
          comment lines <code>// objective: …</code> and <code>// reference: …</code> above each.{' '}
          <Link to={bankPath}>Back to the question bank</Link>
        </>
      }
    >
      <form className="form" onSubmit={(event) => void onPreview(event)} noValidate>
        <FormError message={formError} />
        <div className="field">
          <label htmlFor="gift-file">GIFT file</label>
          <input
            id="gift-file"
            type="file"
            accept=".gift,.txt,text/plain"
            onChange={(event) => void onFile(event)}
          />
        </div>
        <TextAreaField
          label="Questions in GIFT"
          name="gift"
          rows={14}
          value={gift}
          onChange={(event) => {
            setGift(event.target.value);
            setPreview(null);
          }}
        />
        <Button type="submit" variant="secondary" busy={loading && !ready} busyLabel="Reading">
          Preview
        </Button>
      </form>
      <div ref={previewRef} tabIndex={-1} aria-live="polite">
        {preview && (
          <GiftPreview preview={preview}>
            {ready && (
              <Button busy={loading} busyLabel="Importing" onClick={() => void onImport()}>
                Import {plural(preview.questions.length, 'question')}
              </Button>
            )}
          </GiftPreview>
        )}
      </div>
    </Page>
  );
}
