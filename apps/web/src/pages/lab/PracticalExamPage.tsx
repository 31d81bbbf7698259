import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import type { PracticalExamSetupQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { initialMarks } from './exam-draft';
import { labPath } from './lab-paths';
import {
  CorrectPracticalExamDocument,
  PracticalExamSetupDocument,
  RecordPracticalExamDocument,
} from './practical-exam-documents';
import { PracticalExamForm, type ExamSitting } from './PracticalExamForm';
import { PracticalExamRecord, type PracticalExamRecordData } from './PracticalExamRecord';
import './lab.css';

type Checklist = PracticalExamSetupQuery['practicalChecklists'][number];

/**
 * An examiner records a candidate's practical exam on the program's checklist, reached from
 * the lab roster's "Examine" (`?program=` names the program, `?session=` the lab). The record
 * is signed and never changed; a correction is a new record naming the one it replaces.
 */
export function PracticalExamPage() {
  const { checklistId = '', candidateId = '' } = useParams();
  const [params] = useSearchParams();
  const programId = params.get('program');
  const sessionId = params.get('session');
  const state = useLocation().state as { candidateName?: string } | null;
  const result = useQuery(PracticalExamSetupDocument, {
    variables: { programId: programId ?? '', candidateId },
    skip: !programId,
  });
  const back = sessionId ? (
    <Link to={labPath(sessionId)} className="button button-secondary">
      Back to the lab
    </Link>
  ) : undefined;

  if (!programId) {
    return (
      <Page title="Practical exam" actions={back}>
        <ErrorMessage title="The program is not named">
          Open the exam from the roster of a lab session, where each learner has “Examine”.
        </ErrorMessage>
      </Page>
    );
  }
  return (
    <QueryState result={result} label="Loading the checklist">
      {(data) => {
        const checklist = data.practicalChecklists.find((c) => c.id === checklistId);
        const records = data.practicalExams.edges
          .map((edge) => edge.node)
          .filter((record) => record.checklistId === checklistId);
        const name = state?.candidateName ?? records[0]?.candidateName ?? 'the candidate';
        return (
          <Page
            title={`Practical exam: ${name}`}
            lead={checklist && `${checklist.title} (version ${checklist.version})`}
            actions={back}
          >
            {checklist ? (
              <Exam
                checklist={checklist}
                candidateId={candidateId}
                sessionId={sessionId}
                latest={records.find((record) => record.current) ?? null}
              />
            ) : (
              <ErrorMessage title="Checklist not found">
                This checklist is not one of the program’s. Open the exam again from the lab roster.
              </ErrorMessage>
            )}
          </Page>
        );
      }}
    </QueryState>
  );
}

interface ExamProps {
  checklist: Checklist;
  candidateId: string;
  sessionId: string | null;
  latest: PracticalExamRecordData | null;
}

type Mode = 'view' | 'record' | 'correct';

function Exam({ checklist, candidateId, sessionId, latest }: ExamProps) {
  const [record, setRecord] = useState<PracticalExamRecordData | null>(latest);
  const [mode, setMode] = useState<Mode>(latest ? 'view' : 'record');
  const [recordExam, recording] = useMutation(RecordPracticalExamDocument);
  const [correctExam, correcting] = useMutation(CorrectPracticalExamDocument);

  async function onRecord(sitting: ExamSitting) {
    recording.reset();
    try {
      const { data } = await recordExam({
        variables: {
          input: {
            checklistId: checklist.id,
            candidateId,
            sessionId,
            examinedOn: sitting.examinedOn,
            results: sitting.results,
            summary: sitting.summary,
          },
        },
      });
      if (data) {
        setRecord(data.recordPracticalExam);
        setMode('view');
      }
    } catch {
      // Shown on the form, by the item or field the API names; nothing was recorded.
    }
  }

  async function onCorrect(sitting: ExamSitting) {
    if (!record) return;
    correcting.reset();
    try {
      const { data } = await correctExam({
        variables: {
          recordId: record.id,
          reason: sitting.reason ?? '',
          input: {
            sessionId: record.sessionId,
            examinedOn: sitting.examinedOn,
            results: sitting.results,
            summary: sitting.summary,
          },
        },
      });
      if (data) {
        setRecord(data.correctPracticalExam);
        setMode('view');
      }
    } catch {
      // Shown on the form; the record stands as it was.
    }
  }

  const form = {
    items: checklist.items,
    nonCriticalPassPercent: checklist.nonCriticalPassPercent,
  };
  if (mode === 'record' || !record) {
    return (
      <PracticalExamForm
        {...form}
        initial={initialMarks(checklist.items)}
        busy={recording.loading}
        error={recording.error}
        onSubmit={(sitting) => void onRecord(sitting)}
        onCancel={record ? () => setMode('view') : undefined}
      />
    );
  }
  if (mode === 'correct') {
    return (
      <section className="section" aria-labelledby="correct-title">
        <h2 id="correct-title">Correct this record</h2>
        <p>
          The record stays as signed; the correction is a new signed record that names it, with your
          reason.
        </p>
        <PracticalExamForm
          {...form}
          correction
          initial={initialMarks(checklist.items, record.results)}
          initialSummary={record.summary ?? ''}
          initialDay={record.examinedOn}
          busy={correcting.loading}
          error={correcting.error}
          onSubmit={(sitting) => void onCorrect(sitting)}
          onCancel={() => setMode('view')}
        />
      </section>
    );
  }
  return (
    <>
      <PracticalExamRecord record={record} />
      <div className="actions lab-record-actions">
        {record.current && (
          <Button variant="secondary" onClick={() => setMode('correct')}>
            Correct this record
          </Button>
        )}
        <Button variant="secondary" onClick={() => setMode('record')}>
          Record another sitting
        </Button>
      </div>
    </>
  );
}
