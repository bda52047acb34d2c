import { createHash, randomBytes } from 'node:crypto';

/** What every API token starts with, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_MARK = 'parley_';

/** How much of a token is kept in clear to tell tokens apart in lists: the mark and 6 characters. */
const PREFIX_LENGTH = TOKEN_MARK.length + 6;

/** 256 random bits, base64url (43 characters). */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256, hex: how secrets are stored and looked up. A fast hash is right here: the secret has 256 random bits, nothing to guess. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A new API token: the secret to show once, its hash to store, and its visible prefix. */
export function newApiTokenSecret(): { secret: string; secretHash: string; prefix: string } {
  const secret = `${TOKEN_MARK}${randomSecret()}`;
  return { secret, secretHash: hashSecret(secret), prefix: secret.slice(0, PREFIX_LENGTH) };
}
