import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { GraphqlTracingPlugin } from './graphql-tracing.plugin.js';
import { stopTracing } from './tracing.js';

/** The GraphQL operation spans, and the last batch of spans sent when the app stops. */
@Module({ providers: [GraphqlTracingPlugin] })
export class TracingModule implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await stopTracing();
  }
}
