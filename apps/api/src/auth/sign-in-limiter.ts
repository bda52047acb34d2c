import type { EntityManager } from '@mikro-orm/core';
import { SignInThrottle } from './sign-in-throttle.entity.js';

/** Failed sign-ins a name may have within the window before it is locked out for the rest of it. */
export const MAX_FAILED_SIGN_INS = 5;

/**
 * Failed sign-ins one address may have within the window, whatever the names: more than a name
 * may, as several people may share an address (an office behind one gateway).
 */
export const MAX_FAILED_SIGN_INS_PER_ADDRESS = 20;

/** The window failures are counted in, and the longest a lockout lasts. */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

/** Every wrong password is answered this much later (on top of argon2's own cost). */
export const FAILED_SIGN_IN_DELAY_MS = 500;

/** Who a count of failures is about: a user name or the address the attempts come from. */
export type LockedBy = 'name' | 'address';

/** A lockout: what is locked out, and for how long. */
export interface Lockout {
  lockedBy: LockedBy;
  retryAfterMs: number;
}

/** One sign-in attempt: the name it is for, and the client's address when known. */
export interface Attempt {
  name: string;
  address?: string;
}

const keysOf = ({ name, address }: Attempt): { key: string; lockedBy: LockedBy; limit: number }[] => [
  { key: `name:${name.toLowerCase()}`, lockedBy: 'name', limit: MAX_FAILED_SIGN_INS },
  ...(address
    ? [{ key: `address:${address}`, lockedBy: 'address' as const, limit: MAX_FAILED_SIGN_INS_PER_ADDRESS }]
    : []),
];

/**
 * Slows password guessing per user name and per client address: after too many failures in
 * SIGN_IN_WINDOW_MS the name (or the address) is locked out until the window ends, whatever the
 * password. Counted in the database (`sign_in_throttle`), so every instance of the server shares
 * the counts. API tokens are not affected, so a locked-out admin can still act with one.
 */
export class SignInLimiter {
  constructor(private readonly windowMs = SIGN_IN_WINDOW_MS) {}

  /** The lockout that holds for this attempt now (the longest, when both do); undefined when it may try. */
  async lockedOut(em: EntityManager, attempt: Attempt, now = Date.now()): Promise<Lockout | undefined> {
    const keys = keysOf(attempt);
    const rows = await em.fork().find(SignInThrottle, { key: { $in: keys.map(({ key }) => key) } });
    let lockout: Lockout | undefined;
    for (const row of rows) {
      const limit = keys.find(({ key }) => key === row.key);
      const retryAfterMs = row.windowStartMs + this.windowMs - now;
      if (!limit || row.failures < limit.limit || retryAfterMs <= 0) continue;
      if (!lockout || retryAfterMs > lockout.retryAfterMs) lockout = { lockedBy: limit.lockedBy, retryAfterMs };
    }
    return lockout;
  }

  /**
   * Counts a failure against the name and the address, each in one statement that both
   * databases run atomically (an insert, or an update that starts a new window once the last
   * has passed), so failures sent to several instances at once all count; then drops counts
   * whose window has passed, so the table holds only the current window's.
   */
  async recordFailure(em: EntityManager, attempt: Attempt, now = Date.now()): Promise<void> {
    const connection = em.getConnection();
    const quote = (name: string) => em.getPlatform().quoteIdentifier(name);
    const table = quote(em.getMetadata().get(SignInThrottle.name).tableName);
    const [key, failures, start] = [quote('key'), quote('failures'), quote('window_start_ms')];
    const expired = now - this.windowMs;
    for (const { key: value } of keysOf(attempt)) {
      await connection.execute(
        `insert into ${table} (${key}, ${failures}, ${start}) values (?, 1, ?) on conflict (${key}) do update set ` +
          `${failures} = case when ${table}.${start} <= ? then 1 else ${table}.${failures} + 1 end, ` +
          `${start} = case when ${table}.${start} <= ? then excluded.${start} else ${table}.${start} end`,
        [value, now, expired, expired],
        'run',
      );
    }
    await connection.execute(`delete from ${table} where ${start} <= ?`, [expired], 'run');
  }

  /** A successful sign-in clears the name's failures (not the address's: one known password must not reset guessing at others). */
  async recordSuccess(em: EntityManager, name: string): Promise<void> {
    await em.fork().nativeDelete(SignInThrottle, { key: `name:${name.toLowerCase()}` });
  }
}

/** The server's limiter; its counts live in the database. */
export const signInLimiter = new SignInLimiter();
