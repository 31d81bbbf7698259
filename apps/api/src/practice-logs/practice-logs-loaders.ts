import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { SupervisorQualificationEntity } from './entities/supervisor-qualification.entity.js';
import { SupervisedSessions } from './supervised-sessions.service.js';

/** The practice-logs module's DataLoaders, made fresh for each request (see `LoaderFactory`). */
export interface PracticeLogsLoaders {
  supervisorQualificationByUserId: DataLoader<string, SupervisorQualificationEntity | null>;
}

@Injectable()
export class PracticeLogsLoaderFactory {
  constructor(private readonly sessions: SupervisedSessions) {}

  create(): PracticeLogsLoaders {
    const { sessions } = this;
    return {
      supervisorQualificationByUserId: new DataLoader((ids) =>
        sessions.qualificationsByUserIds(ids),
      ),
    };
  }
}
