import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Page } from '../../ui/Page';

const TOPICS: Record<string, string> = {
  CREDENTIAL_REMINDERS: 'reminders before your credentials expire',
  CLINIC_NOTICES: "notices about your clinic members' credentials",
  COURSE_CORRECTIONS: 'emails when a course you completed corrects safety or legal content',
};

/**
 * Where an email's "Stop these emails" link lands. Opening it changes nothing (mail scanners
 * open links); the button does, with the link's own proof, no sign-in needed.
 */
export function EmailPreferencesPage() {
  const [params] = useSearchParams();
  const topic = TOPICS[params.get('t') ?? ''];
  const [state, setState] = useState<'ask' | 'busy' | 'done' | 'failed'>('ask');

  async function stop() {
    setState('busy');
    const response = await fetch(`/email/unsubscribe?${params.toString()}`, { method: 'POST' });
    setState(response.ok ? 'done' : 'failed');
  }

  if (!topic) {
    return (
      <Page title="Email choices">
        <ErrorMessage title="This link is not complete">
          Open the link from the email again, or choose your emails on{' '}
          <Link to="/account">your account page</Link>.
        </ErrorMessage>
      </Page>
    );
  }
  return (
    <Page title="Email choices">
      {state === 'done' ? (
        <p role="status">
          ✓ Done: no more {topic}. You can turn them back on from{' '}
          <Link to="/account">your account page</Link>.
        </p>
      ) : (
        <>
          <p>Stop {topic}?</p>
          {state === 'failed' && (
            <ErrorMessage title="This link is not valid">
              Choose your emails on <Link to="/account">your account page</Link> instead.
            </ErrorMessage>
          )}
          <Button busy={state === 'busy'} busyLabel="Stopping" onClick={() => void stop()}>
            Stop these emails
          </Button>
        </>
      )}
    </Page>
  );
}
