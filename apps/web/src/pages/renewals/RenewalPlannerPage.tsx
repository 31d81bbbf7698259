import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../../graphql/errors';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/Field';
import { Page } from '../../ui/Page';
import { QueryState } from '../../ui/QueryState';
import { useDownloadWithToken } from '../../ui/download';
import { date } from '../../ui/format';
import { ShowMore } from '../../ui/ShowMore';
import { useLoadMore } from '../../ui/useLoadMore';
import { LicensePlanCard } from './LicensePlanCard';
import { OutsideCeForm } from './OutsideCeForm';
import {
  auditPackPath,
  MyOutsideCeDocument,
  RemoveOutsideCeDocument,
  RenewalPlansDocument,
  TOPIC_LABELS,
} from './renewal-documents';

/** Per license: the renewal cycle and what is still needed; below, the outside CE list. */
export function RenewalPlannerPage() {
  const plans = useQuery(RenewalPlansDocument);
  const outside = useQuery(MyOutsideCeDocument);
  const [removeRecord, removing] = useMutation(RemoveOutsideCeDocument);
  const { download, busyUrl, error: downloadError } = useDownloadWithToken();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const more = useLoadMore((after) =>
    outside.fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        myOutsideCe: {
          ...fetchMoreResult.myOutsideCe,
          edges: [...previous.myOutsideCe.edges, ...fetchMoreResult.myOutsideCe.edges],
        },
      }),
    }),
  );

  const refresh = () => Promise.all([plans.refetch(), outside.refetch()]);

  async function onRemove(id: string, title: string) {
    setError(undefined);
    try {
      await removeRecord({ variables: { id } });
      await refresh();
      setStatus(`Removed “${title}”.`);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <Page
      title="Renewal planner"
      lead="What each license needs before it renews, from your Fascicle certificates and the CE you record here. The board decides: check its current rule."
    >
      <FormError message={downloadError ?? error} />
      <QueryState result={plans} label="Loading your renewal plans">
        {({ me }) =>
          me.licenses.length === 0 ? (
            <p>Add a license on your account page to see its renewal plan.</p>
          ) : (
            me.licenses.map((license) => (
              <LicensePlanCard
                key={license.id}
                license={license}
                downloading={busyUrl === auditPackPath(license.id)}
                onDownload={(id, dueOn) =>
                  void download(
                    auditPackPath(id),
                    `ce-audit-pack-${license.state}-${dueOn ?? 'cycle'}.pdf`,
                  )
                }
              />
            ))
          )
        }
      </QueryState>
      <section className="section" aria-labelledby="outside-ce-title">
        <h2 id="outside-ce-title">Outside CE</h2>
        <p className="status-text" role="status">
          {status}
        </p>
        <QueryState result={outside} label="Loading your outside CE">
          {({ myOutsideCe }) =>
            myOutsideCe.edges.length === 0 ? (
              <p className="muted">You have not recorded any CE from elsewhere.</p>
            ) : (
              <>
                <ul aria-label="Outside CE records">
                  {myOutsideCe.edges.map(({ node }) => (
                    <li key={node.id}>
                      {date(node.completedOn)}: {node.title}, {node.provider}, {node.hours} h
                      {node.selfPaced ? ' self-paced' : ' live'}
                      {node.topics.length > 0 &&
                        ` (${node.topics.map((t) => TOPIC_LABELS[t] ?? t).join(', ')})`}{' '}
                      <Button
                        variant="link"
                        busy={busyUrl === node.fileUrl}
                        onClick={() => void download(node.fileUrl, node.fileName)}
                      >
                        Certificate file
                      </Button>{' '}
                      <Button
                        variant="danger"
                        busy={removing.loading}
                        aria-label={`Remove ${node.title}`}
                        onClick={() => void onRemove(node.id, node.title)}
                      >
                        Remove
                      </Button>
                    </li>
                  ))}
                </ul>
                <ShowMore
                  more={more}
                  pageInfo={myOutsideCe.pageInfo}
                  label="Show more outside CE"
                  errorTitle="Could not load more outside CE"
                />
              </>
            )
          }
        </QueryState>
        <h3>Add outside CE</h3>
        <OutsideCeForm onAdded={refresh} />
      </section>
    </Page>
  );
}
