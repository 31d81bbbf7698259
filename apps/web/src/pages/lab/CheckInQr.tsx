import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { codeWaitMs, countdownWords, svgImageSource } from './check-in-code';

const LabCheckInCodeDocument = graphql(`
  query LabCheckInCode($sessionId: ID!) {
    liveSessionCheckInCode(sessionId: $sessionId) {
      code
      url
      qrSvg
      expiresAt
    }
  }
`);

/** A closed window (before or after the session) is asked about again this often. */
const CLOSED_RETRY_MS = 60_000;

/**
 * The check-in QR code, as large as the screen allows, replaced when its minute ends. Learners
 * scan it on arrival and again on departure; the address under it is for those who type it.
 */
export function CheckInQr({ sessionId, title }: { sessionId: string; title: string }) {
  const result = useQuery(LabCheckInCodeDocument, {
    variables: { sessionId },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const current = result.data?.liveSessionCheckInCode;
  const expiresAt = current?.expiresAt;
  const { refetch } = result;
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  // Counts the answers, so that an answer equal to the last (the same minute's code, when this
  // screen's clock runs ahead of the server's) still sets the next wait.
  const [answers, setAnswers] = useState(0);

  useEffect(() => {
    if (!expiresAt) return;
    const receivedAt = Date.now();
    const wait = codeWaitMs(expiresAt, receivedAt);
    setDeadline(receivedAt + wait);
    const timer = setTimeout(() => {
      void refetch()
        .catch(() => undefined)
        .finally(() => setAnswers((count) => count + 1));
    }, wait);
    return () => clearTimeout(timer);
  }, [expiresAt, answers, refetch]);

  // Outside the check-in window the API refuses; ask again later rather than give up.
  useEffect(() => {
    if (!result.error) return;
    const timer = setTimeout(() => void refetch().catch(() => undefined), CLOSED_RETRY_MS);
    return () => clearTimeout(timer);
  }, [result.error, refetch]);

  useEffect(() => {
    const ticker = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(ticker);
  }, []);

  if (result.error) {
    return (
      <ErrorMessage
        title="No check-in code now"
        error={result.error}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  if (!current) return <Loading label="Getting the check-in code" />;
  const source = svgImageSource(current.qrSvg);
  return (
    <figure className="lab-qr">
      {source ? (
        <img src={source} alt={`Check-in QR code for ${title}`} className="lab-qr-image" />
      ) : (
        <p className="notice notice-error" role="alert">
          The check-in code could not be drawn. Learners can type the address below.
        </p>
      )}
      <figcaption>
        <p className="lab-countdown timer" aria-live="off">
          {countdownWords(deadline === null ? 0 : deadline - now)}
        </p>
        <p className="lab-qr-url">
          <span className="muted">Or open </span>
          <span className="code">{current.url}</span>
        </p>
      </figcaption>
    </figure>
  );
}
