import { trace, type Tracer } from '@opentelemetry/api';
import type { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { TracingConfig } from '../config/app-config.js';

/** The instrumentation scope every span of the API carries. */
const SCOPE = 'fascicle-api';

let provider: NodeTracerProvider | null = null;

/**
 * Starts OpenTelemetry tracing for this process: spans are batched and sent to the collector
 * as OTLP/JSON over HTTP, and the W3C `traceparent` of an incoming request is continued. The
 * spans are the API's own (one per HTTP request, one per GraphQL operation, see
 * http-tracing.ts and graphql-tracing.plugin.ts): the API is an ES module, and the
 * auto-instrumentations patch modules through `require` hooks, which ES modules bypass
 * unless the process starts with a loader. Without a collector nothing is started and the
 * tracer the API asks for is OpenTelemetry's no-op one, and the SDK (some 250 modules) is
 * never loaded.
 */
export async function startTracing(config: TracingConfig | null): Promise<void> {
  if (config === null || provider !== null) return;
  const [{ OTLPTraceExporter }, { resourceFromAttributes }, sdk, { ATTR_SERVICE_NAME }] =
    await Promise.all([
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/resources'),
      import('@opentelemetry/sdk-trace-node'),
      import('@opentelemetry/semantic-conventions'),
    ]);
  const { BatchSpanProcessor, NodeTracerProvider } = sdk;
  if (provider !== null) return;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.url }))],
  });
  // Global: the tracer provider, AsyncLocalStorage context and the W3C propagator.
  provider.register();
}

/** Sends the spans still batched and stops; the next `startTracing` may start again. */
export async function stopTracing(): Promise<void> {
  const stopping = provider;
  provider = null;
  if (!stopping) return;
  await stopping.shutdown();
  trace.disable();
}

export function isTracing(): boolean {
  return provider !== null;
}

export function tracer(): Tracer {
  return trace.getTracer(SCOPE);
}
