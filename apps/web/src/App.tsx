import { useEffect, useState } from 'react';

/** Mirrors HealthReport in apps/api/src/health/health.controller.ts. */
interface HealthReport {
  status: 'ok' | 'degraded';
  database: { status: 'up' | 'down'; kind: 'embedded' | 'server' };
}

type ApiStatus =
  { state: 'loading' } | { state: 'ready'; report: HealthReport } | { state: 'unreachable' };

// Long enough for a cold embedded database, short enough that the page never spins forever.
const HEALTH_TIMEOUT_MS = 5000;

function isHealthReport(value: unknown): value is HealthReport {
  if (typeof value !== 'object' || value === null) return false;
  const { status, database } = value as Partial<HealthReport>;
  return (
    (status === 'ok' || status === 'degraded') &&
    typeof database === 'object' &&
    database !== null &&
    typeof database.kind === 'string'
  );
}

function useApiStatus(): ApiStatus {
  const [apiStatus, setApiStatus] = useState<ApiStatus>({ state: 'loading' });

  useEffect(() => {
    // Set on unmount (StrictMode mounts twice in dev) so a stale request never writes state;
    // a timeout abort leaves it false and is reported as unreachable.
    let cancelled = false;
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort(), HEALTH_TIMEOUT_MS);

    fetch('/health', { signal: controller.signal, headers: { Accept: 'application/json' } })
      // A 503 still carries a report (database down), so parse the body instead of checking ok.
      .then((response) => response.json() as Promise<unknown>)
      .then((body) => {
        if (cancelled) return;
        setApiStatus(
          isHealthReport(body) ? { state: 'ready', report: body } : { state: 'unreachable' },
        );
      })
      .catch(() => {
        if (!cancelled) setApiStatus({ state: 'unreachable' });
      })
      .finally(() => window.clearTimeout(timer));

    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      controller.abort();
    };
  }, []);

  return apiStatus;
}

function describe(apiStatus: ApiStatus): string {
  switch (apiStatus.state) {
    case 'loading':
      return 'API: checking…';
    case 'unreachable':
      return 'API unreachable';
    case 'ready': {
      const { status, database } = apiStatus.report;
      return `API: ${status} (${database.kind} database)`;
    }
  }
}

export function App() {
  const apiStatus = useApiStatus();
  const healthy = apiStatus.state === 'ready' && apiStatus.report.status === 'ok';

  return (
    <main className="shell">
      <h1>Fascicle</h1>
      <p className="tagline">
        Continuing education in trigger point dry needling, with certificates anyone can verify
      </p>
      <p
        role="status"
        className="api-status"
        data-state={apiStatus.state === 'loading' ? 'loading' : healthy ? 'ok' : 'error'}
        aria-busy={apiStatus.state === 'loading'}
      >
        {describe(apiStatus)}
      </p>
    </main>
  );
}
