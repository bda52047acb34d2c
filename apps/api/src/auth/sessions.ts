import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../common/viewer.js';
import { hashSecret, randomSecret } from './secrets.js';
import { Session } from './session.entity.js';
import type { User } from './user.entity.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A session unused for this long ends (sliding expiry). */
export const SESSION_IDLE_MS = 7 * DAY;

/** No session lives longer than this from sign-in, however often it is used. */
export const SESSION_MAX_MS = 30 * DAY;

/** A session's expiry is moved forward at most this often: reads do not write on every request. */
const SLIDE_EVERY_MS = 5 * MINUTE;

/** The name of the cookie that carries a session's secret. */
export const SESSION_COOKIE = 'parley_session';

/** Starts a session for `user`; returns the secret for the cookie (only its hash is stored) and when it ends. */
export async function startSession(em: EntityManager, user: User): Promise<{ secret: string; expiresAt: Date }> {
  const secret = randomSecret();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
  em.create(Session, { id: hashSecret(secret), user, createdAt: now, lastSeenAt: now, expiresAt });
  await em.flush();
  return { secret, expiresAt };
}

/**
 * The viewer a session cookie stands for, or undefined when the session is unknown, expired or its
 * user disabled. Read from the database on every request, so a sign-out or a disabled user takes
 * effect at once on every server instance.
 */
export async function viewerOfSession(em: EntityManager, secret: string): Promise<Viewer | undefined> {
  const id = hashSecret(secret);
  const session = await em.findOne(Session, { id }, { populate: ['user'] });
  const now = new Date();
  if (!session || session.expiresAt <= now) return undefined;
  const user = session.user.getEntity();
  if (user.disabledAt) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() >= SLIDE_EVERY_MS) {
    const expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, session.createdAt.getTime() + SESSION_MAX_MS));
    await em.nativeUpdate(Session, { id }, { lastSeenAt: now, expiresAt });
  }
  return { userId: user.id, name: user.name, role: user.role, credential: { kind: 'session', sessionId: id } };
}

/** Ends a session everywhere: its cookie no longer signs anyone in. */
export async function endSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.nativeDelete(Session, { id: sessionId });
}

/** Ends every session of a user (disabled, or their password changed). */
export async function endSessionsOf(em: EntityManager, user: User): Promise<void> {
  await em.nativeDelete(Session, { user });
}

/** Deletes sessions past their expiry, so the table holds only live ones; run on each sign-in. */
export async function deleteExpiredSessions(em: EntityManager): Promise<void> {
  await em.nativeDelete(Session, { expiresAt: { $lte: new Date() } });
}
