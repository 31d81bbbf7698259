import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LiveSessionEntity } from './entities/live-session.entity.js';
import {
  LiveSessionRegistrations,
  type RegistrationView,
} from './live-session-registrations.service.js';
import { LiveSessions } from './live-sessions.service.js';

/** A person's registration at a session: the key names both. */
export interface ViewerSessionKey {
  userId: string;
  sessionId: string;
}

/** The live-sessions module's DataLoaders, made fresh for each request (see `LoaderFactory`). */
export interface LiveSessionsLoaders {
  liveSessionById: DataLoader<string, LiveSessionEntity | null>;
  liveSessionCounts: DataLoader<string, { registered: number; waitlisted: number }>;
  liveSessionRegistration: DataLoader<ViewerSessionKey, RegistrationView | null, string>;
}

@Injectable()
export class LiveSessionsLoaderFactory {
  constructor(
    private readonly sessions: LiveSessions,
    private readonly registrations: LiveSessionRegistrations,
  ) {}

  create(): LiveSessionsLoaders {
    const { sessions, registrations } = this;
    return {
      liveSessionById: new DataLoader((ids) => sessions.byIds(ids)),
      liveSessionCounts: new DataLoader((ids) => registrations.countsBySessionIds(ids)),
      liveSessionRegistration: new DataLoader(
        async (keys) => {
          // One viewer per request in practice: one query per distinct person.
          const views = new Map<string, RegistrationView | null>();
          const users = [...new Set(keys.map((key) => key.userId))];
          for (const userId of users) {
            const ids = keys.filter((key) => key.userId === userId).map((key) => key.sessionId);
            const found = await registrations.viewsOf(userId, ids);
            ids.forEach((id, i) => views.set(`${userId}:${id}`, found[i] ?? null));
          }
          return keys.map((key) => views.get(`${key.userId}:${key.sessionId}`) ?? null);
        },
        { cacheKeyFn: (key) => `${key.userId}:${key.sessionId}` },
      ),
    };
  }
}
