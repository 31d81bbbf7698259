import { Global, Module } from '@nestjs/common';
import { GraphqlMetricsPlugin } from './graphql-metrics.plugin.js';
import { MetricsController } from './metrics.controller.js';
import { Metrics } from './metrics.js';

/** Global so that a module owning a job queue can inject Metrics and register its depth. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [Metrics, GraphqlMetricsPlugin],
  exports: [Metrics],
})
export class MetricsModule {}
