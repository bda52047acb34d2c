import { hash, verify } from '@node-rs/argon2';

/** Shortest password accepted: long enough that guessing, slowed by argon2 and the sign-in limiter, is hopeless. */
export const MIN_PASSWORD_LENGTH = 12;

/** Longest password accepted: argon2 hashes any length, but a megabyte of it is only a way to burn CPU. */
export const MAX_PASSWORD_LENGTH = 200;

/** argon2id with the library's defaults (19 MiB, 2 passes: OWASP's minimum), as a PHC string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A hash of nothing anyone knows, verified against when the name is unknown, so both cases take as long. */
let decoy: Promise<string> | undefined;

/**
 * Whether `password` matches `passwordHash`. Without a hash (unknown user, or one without a
 * password) it still spends an argon2 verification, so timing does not tell which names exist.
 */
export async function checkPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    decoy ??= hashPassword('decoy password nobody has');
    await verify(await decoy, password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Why a new password cannot be taken, or undefined when it can. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `A password is limited to ${MAX_PASSWORD_LENGTH} characters.`;
  return undefined;
}
