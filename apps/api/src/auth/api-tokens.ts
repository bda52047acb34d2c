import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../common/viewer.js';
import { ApiToken, isActive } from './api-token.entity.js';
import { hashSecret, newApiTokenSecret, TOKEN_MARK } from './secrets.js';
import type { User } from './user.entity.js';

/** `lastUsedAt` is written at most once a minute per token: reads do not write on every request. */
const LAST_USED_EVERY_MS = 60_000;

/** Longest lifetime a token may be given, in days (ten years); no expiry at all is also allowed. */
export const MAX_TOKEN_DAYS = 3650;

/** Makes a token for `user`; the returned secret is the only copy there will ever be. */
export async function createApiToken(
  em: EntityManager,
  user: User,
  options: { label?: string | null; expiresInDays?: number | null },
): Promise<{ token: ApiToken; secret: string }> {
  const { secret, secretHash, prefix } = newApiTokenSecret();
  const expiresAt =
    options.expiresInDays == null ? null : new Date(Date.now() + options.expiresInDays * 24 * 60 * 60 * 1000);
  const token = em.create(ApiToken, { user, secretHash, prefix, label: options.label ?? null, expiresAt });
  await em.flush();
  return { token, secret };
}

/** Why a token's label or lifetime cannot be taken, with the argument at fault, or undefined. */
export function tokenOptionsProblem(options: {
  label?: string | null;
  expiresInDays?: number | null;
}): { message: string; argumentName: string } | undefined {
  if (options.label != null && options.label.length > 200) {
    return { message: 'A token label is limited to 200 characters.', argumentName: 'label' };
  }
  const days = options.expiresInDays;
  if (days != null && (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)) {
    return {
      message: `"expiresInDays" must be a whole number of days from 1 to ${MAX_TOKEN_DAYS} (or left out: no expiry).`,
      argumentName: 'expiresInDays',
    };
  }
  return undefined;
}

/**
 * The viewer an API token stands for, or undefined when no token has this secret, or it is
 * revoked or expired, or its user disabled. Looked up on every request (one indexed read): a
 * revocation takes effect on the next request, on every server instance.
 */
export async function viewerOfApiToken(em: EntityManager, secret: string): Promise<Viewer | undefined> {
  // Not ours: spare the lookup (and never hash megabytes of header).
  if (!secret.startsWith(TOKEN_MARK) || secret.length > 100) return undefined;
  const token = await em.findOne(ApiToken, { secretHash: hashSecret(secret) }, { populate: ['user'] });
  const now = new Date();
  if (!token || !isActive(token, now)) return undefined;
  const user = token.user.getEntity();
  if (user.disabledAt) return undefined;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_EVERY_MS) {
    await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
  }
  return { userId: user.id, name: user.name, role: user.role, credential: { kind: 'token', tokenId: token.id } };
}

/** Revokes a token (no-op when it already is): it stops working with the next request. */
export async function revokeApiToken(em: EntityManager, token: ApiToken): Promise<void> {
  token.revokedAt ??= new Date();
  await em.flush();
}
