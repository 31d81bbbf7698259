import { Global, Module, type DynamicModule } from '@nestjs/common';
import { JobQueue } from './job-queue.js';
import { JOB_WORKER, TableJobQueue } from './table-job-queue.js';

@Global()
@Module({})
export class JobsModule {
  /**
   * `worker: false` for an app that must run only the jobs it queues itself: the seed reads
   * its mail from a sink, and polling would hand it other processes' mail.
   */
  static forRoot(options: { worker: boolean }): DynamicModule {
    return {
      module: JobsModule,
      providers: [
        { provide: JOB_WORKER, useValue: options.worker },
        TableJobQueue,
        { provide: JobQueue, useExisting: TableJobQueue },
      ],
      exports: [JobQueue, TableJobQueue],
    };
  }
}
