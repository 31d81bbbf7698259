import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../gql';
import type { BoardReportStatus, CourseBoardReportQuery } from '../../../gql/graphql';
import { errorMessage } from '../../../graphql/errors';
import { Button } from '../../../ui/Button';
import { FormError, SelectField } from '../../../ui/Field';
import { QueryState } from '../../../ui/QueryState';
import { ShowMore } from '../../../ui/ShowMore';
import { useDownloadWithToken } from '../../../ui/download';
import { useLoadMore } from '../../../ui/useLoadMore';
import { STATUSES, STATUS_WORDS } from './board-words';
import { BoardReportLines } from './BoardReportLines';

export const CourseBoardReportDocument = graphql(`
  query CourseBoardReport($courseId: ID!, $status: BoardReportStatus, $after: String) {
    courseBoardReport(courseId: $courseId, status: $status, first: 50, after: $after) {
      courseId
      counts {
        pending
        exported
        accepted
        rejected
        notReportable
      }
      lines {
        edges {
          node {
            id
            holderName
            licenseNumber
            state
            profession
            completedOn
            ceHours
            status
            reason
            note
            exportedAt
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      exports {
        id
        createdAt
        lineCount
        filename
        sha256
        downloadPath
      }
    }
  }
`);

export const ExportCeBrokerRosterDocument = graphql(`
  mutation ExportCeBrokerRoster($courseId: ID!) {
    exportCeBrokerRoster(courseId: $courseId) {
      id
      lineCount
      filename
      downloadPath
    }
  }
`);

type Report = CourseBoardReportQuery['courseBoardReport'];

const COUNT_OF: Record<BoardReportStatus, keyof Report['counts']> = {
  PENDING: 'pending',
  EXPORTED: 'exported',
  ACCEPTED: 'accepted',
  REJECTED: 'rejected',
  NOT_REPORTABLE: 'notReportable',
};

/** A course's completions by status, the roster export and the files exported so far. */
export function BoardReportSection({ courseId }: { courseId: string }) {
  const [status, setStatus] = useState<BoardReportStatus | ''>('');
  const result = useQuery(CourseBoardReportDocument, {
    variables: { courseId, status: status || null },
  });
  const more = useLoadMore((after) =>
    result.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        courseBoardReport: {
          ...fetchMoreResult.courseBoardReport,
          lines: {
            ...fetchMoreResult.courseBoardReport.lines,
            edges: [
              ...previous.courseBoardReport.lines.edges,
              ...fetchMoreResult.courseBoardReport.lines.edges,
            ],
          },
        },
      }),
    }),
  );
  return (
    <QueryState result={result} label="Loading the completions">
      {({ courseBoardReport: report }) => (
        <>
          <ul aria-label="Completions by status">
            {STATUSES.map((each) => (
              <li key={each}>
                {STATUS_WORDS[each].label}: <strong>{report.counts[COUNT_OF[each]]}</strong>
              </li>
            ))}
          </ul>
          <ExportRoster courseId={courseId} pending={report.counts.pending} />
          <ExportList exports={report.exports} />
          <div className="form">
            <SelectField
              label="Show"
              value={status}
              onChange={(event) => setStatus(event.target.value as BoardReportStatus | '')}
            >
              <option value="">Every status</option>
              {STATUSES.map((each) => (
                <option key={each} value={each}>
                  {STATUS_WORDS[each].label}
                </option>
              ))}
            </SelectField>
          </div>
          <BoardReportLines lines={report.lines.edges.map((edge) => edge.node)} />
          <ShowMore
            more={more}
            pageInfo={report.lines.pageInfo}
            label="Show more completions"
            errorTitle="Could not load more completions"
          />
        </>
      )}
    </QueryState>
  );
}

function ExportRoster({ courseId, pending }: { courseId: string; pending: number }) {
  const [exportRoster, { loading }] = useMutation(ExportCeBrokerRosterDocument, {
    refetchQueries: ['CourseBoardReport'],
  });
  const { download, error: downloadError } = useDownloadWithToken();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  async function onExport() {
    setError(undefined);
    setDone(undefined);
    try {
      const { data } = await exportRoster({ variables: { courseId } });
      if (!data) return;
      const made = data.exportCeBrokerRoster;
      setDone(`Exported ${made.lineCount} completion(s) to ${made.filename}.`);
      await download(made.downloadPath, made.filename);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <div className="section">
      <FormError message={error ?? downloadError ?? undefined} />
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      <Button
        busy={loading}
        busyLabel="Exporting"
        disabled={pending === 0}
        onClick={() => void onExport()}
      >
        Export roster for CE Broker ({pending} waiting)
      </Button>
      <p className="muted">
        Each completion goes into one export only. Upload the file in CE Broker under Courses,
        Manage Roster, Upload, then record CE Broker&apos;s answer below.
      </p>
    </div>
  );
}

function ExportList({ exports }: { exports: Report['exports'] }) {
  const { download, busyUrl, error } = useDownloadWithToken();
  if (exports.length === 0) return null;
  return (
    <>
      <h3>Exports</h3>
      <FormError message={error ?? undefined} />
      <ul aria-label="Exports">
        {exports.map((each) => (
          <li key={each.id}>
            {new Date(each.createdAt).toLocaleString()}: {each.lineCount} completion(s){' '}
            <Button
              variant="link"
              busy={busyUrl === each.downloadPath}
              busyLabel="Downloading"
              onClick={() => void download(each.downloadPath, each.filename)}
            >
              Download {each.filename}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
