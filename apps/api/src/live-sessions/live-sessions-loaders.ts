import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LiveSessionAttendanceEntity } from './entities/live-session-attendance.entity.js';
import type { LiveSessionEntity } from './entities/live-session.entity.js';
import { LiveAttendanceRecords } from './live-attendance.service.js';
import {
  LiveSessionRegistrations,
  type RegistrationView,
} from './live-session-registrations.service.js';
import { LiveSessionStaff } from './live-session-staff.js';
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
  liveSessionAttendance: DataLoader<ViewerSessionKey, LiveSessionAttendanceEntity | null, string>;
  /** Whether the person runs the session (its creator, or an author of its course or program). */
  liveSessionStaffed: DataLoader<ViewerSessionKey, boolean, string>;
}

const cacheKeyFn = (key: ViewerSessionKey) => `${key.userId}:${key.sessionId}`;

/**
 * A loader of one value per (person, session), batched as one query per distinct person: one
 * viewer per request in practice.
 */
function perViewer<V>(
  load: (userId: string, sessionIds: string[]) => Promise<V[]>,
): DataLoader<ViewerSessionKey, V, string> {
  return new DataLoader(
    async (keys) => {
      const values = new Map<string, V>();
      for (const userId of new Set(keys.map((key) => key.userId))) {
        const ids = keys.filter((key) => key.userId === userId).map((key) => key.sessionId);
        const found = await load(userId, ids);
        ids.forEach((id, i) => values.set(cacheKeyFn({ userId, sessionId: id }), found[i]!));
      }
      return keys.map((key) => values.get(cacheKeyFn(key))!);
    },
    { cacheKeyFn },
  );
}

@Injectable()
export class LiveSessionsLoaderFactory {
  constructor(
    private readonly sessions: LiveSessions,
    private readonly registrations: LiveSessionRegistrations,
    private readonly attendance: LiveAttendanceRecords,
    private readonly staff: LiveSessionStaff,
  ) {}

  create(): LiveSessionsLoaders {
    const { sessions, registrations, attendance, staff } = this;
    return {
      liveSessionById: new DataLoader((ids) => sessions.byIds(ids)),
      liveSessionCounts: new DataLoader((ids) => registrations.countsBySessionIds(ids)),
      liveSessionRegistration: perViewer(async (userId, ids) =>
        (await registrations.viewsOf(userId, ids)).map((view) => view ?? null),
      ),
      liveSessionAttendance: perViewer((userId, ids) => attendance.attendanceAt(userId, ids)),
      liveSessionStaffed: perViewer(async (userId, ids) => {
        const found = (await sessions.byIds(ids)).flatMap((session) => (session ? [session] : []));
        const staffed = await staff.staffedBy(userId, found);
        const byId = new Map(found.map((session, i) => [session.id, staffed[i] === true]));
        return ids.map((id) => byId.get(id) ?? false);
      }),
    };
  }
}
