import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useBlocker } from 'react-router';
import { type FieldErrors, showSubmitError } from '../../graphql/errors';
import { graphql } from '../../gql';
import type { CreditReportFieldsFragment, TeachLessonFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormError, TextAreaField, TextField } from '../../ui/Field';
import { LessonEstimatePanel } from './LessonEstimatePanel';
import { LessonPreview } from './LessonPreview';
import { ReferencesEditor, type ReferenceDraft } from './ReferencesEditor';
import { useLivePreview } from './useLivePreview';
import { parseWhole } from './text';

const TeachUpdateLessonDocument = graphql(`
  mutation TeachUpdateLesson($input: UpdateLessonInput!) {
    updateLesson(input: $input) {
      ...TeachLessonFields
    }
  }
`);

interface LessonDraft {
  title: string;
  seatTimeMinutes: string;
  bodyMarkdown: string;
  references: ReferenceDraft[];
}

function draftOf(lesson: TeachLessonFieldsFragment): LessonDraft {
  return {
    title: lesson.title,
    seatTimeMinutes: String(lesson.seatTimeMinutes),
    bodyMarkdown: lesson.bodyMarkdown,
    references: lesson.references.map((r) => ({ citation: r.citation, url: r.url ?? '' })),
  };
}

function sameDraft(a: LessonDraft, b: LessonDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

type LessonTiming = CreditReportFieldsFragment['lessons'][number];

export function LessonForm({
  lesson,
  report,
  timing,
}: {
  lesson: TeachLessonFieldsFragment;
  /** The version's credit report (null for someone who may not see it). */
  report: CreditReportFieldsFragment | null | undefined;
  timing: LessonTiming | null;
}) {
  const [draft, setDraft] = useState(() => draftOf(lesson));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  // The credit report (estimate, pilot, gates) is refetched; the version editor refreshes its
  // seat time on return (pages query with cache-and-network).
  const [update, { loading }] = useMutation(TeachUpdateLessonDocument, {
    refetchQueries: ['TeachLessonEditor'],
  });
  const previewRef = useRef<HTMLDivElement>(null);
  const dirty = !sameDraft(draft, draftOf(lesson));
  const preview = useLivePreview(draft.bodyMarkdown, {
    markdown: lesson.bodyMarkdown,
    html: lesson.bodyHtml,
  });
  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    return dirty && currentLocation.pathname !== nextLocation.pathname;
  });
  useUnloadWarning(dirty);

  const set = <K extends keyof LessonDraft>(field: K, value: LessonDraft[K]) => {
    setSaved(undefined);
    setDraft((current) => ({ ...current, [field]: value }));
  };

  async function save(showPreview: boolean): Promise<boolean> {
    setFormError(undefined);
    setSaved(undefined);
    const seatTime = parseWhole(draft.seatTimeMinutes);
    if (!seatTime.ok) {
      setErrors({ seatTimeMinutes: seatTime.message });
      return false;
    }
    setErrors({});
    try {
      const { data } = await update({
        variables: {
          input: {
            lessonId: lesson.id,
            title: draft.title,
            seatTimeMinutes: seatTime.value,
            bodyMarkdown: draft.bodyMarkdown,
            references: draft.references.map((r) => ({
              citation: r.citation,
              url: r.url.trim() === '' ? null : r.url.trim(),
            })),
          },
        },
      });
      // The server trims and normalises: take its copy so the form is clean again.
      if (data) setDraft(draftOf(data.updateLesson));
      setSaved('Lesson saved.');
      if (showPreview) {
        previewRef.current?.scrollIntoView({ block: 'start' });
        previewRef.current?.focus();
      }
      return true;
    } catch (caught) {
      showSubmitError(caught, setErrors, setFormError);
      return false;
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save(false);
  }

  return (
    <div className="editor-columns">
      <form className="form" onSubmit={onSubmit} noValidate aria-label="Lesson">
        <FormError message={formError} />
        <TextField
          label="Lesson title"
          name="title"
          required
          maxLength={200}
          value={draft.title}
          error={errors['title']}
          onChange={(event) => set('title', event.target.value)}
        />
        <TextField
          label="Seat time (minutes)"
          hint="Time a learner must spend on the lesson: 1 to 600, and no more than its text supports (see the estimate below the text)."
          name="seatTimeMinutes"
          inputMode="numeric"
          required
          value={draft.seatTimeMinutes}
          error={errors['seatTimeMinutes']}
          onChange={(event) => set('seatTimeMinutes', event.target.value)}
        />
        <TextAreaField
          label="Lesson text (Markdown)"
          hint="# Heading, **bold**, - list item, 1. numbered item, [link text](https://…), > quote. Raw HTML shows as plain text."
          name="bodyMarkdown"
          className="markdown-input"
          rows={18}
          required
          value={draft.bodyMarkdown}
          error={errors['bodyMarkdown']}
          onChange={(event) => set('bodyMarkdown', event.target.value)}
        />
        <LessonEstimatePanel
          bodyMarkdown={draft.bodyMarkdown}
          seatTimeMinutes={draft.seatTimeMinutes}
          saved={{ bodyMarkdown: lesson.bodyMarkdown, timing }}
          report={report}
        />
        <ReferencesEditor
          references={draft.references}
          errors={errors}
          onChange={(references) => set('references', references)}
        />
        <div className="actions sticky-actions">
          <Button type="submit" busy={loading} busyLabel="Saving">
            Save lesson
          </Button>
          <Button variant="secondary" disabled={loading} onClick={() => void save(true)}>
            Save and preview
          </Button>
          <span role="status" className="status-text">
            {saved ?? (dirty ? 'Unsaved changes' : '')}
          </span>
        </div>
      </form>
      {/* It scrolls on its own beside a long lesson: keyboard users can focus and scroll it. */}
      <div
        ref={previewRef}
        tabIndex={0}
        role="region"
        aria-label="Lesson as learners see it"
        className="preview-column"
      >
        <LessonPreview
          lesson={lesson}
          html={preview.html}
          unsaved={draft.bodyMarkdown !== lesson.bodyMarkdown}
          updating={preview.updating}
        />
      </div>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title="Leave without saving?"
        confirmLabel="Leave and discard changes"
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        Your changes to this lesson have not been saved.
      </ConfirmDialog>
    </div>
  );
}

/** The browser's own "leave site?" prompt for reloads and closed tabs. */
function useUnloadWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
