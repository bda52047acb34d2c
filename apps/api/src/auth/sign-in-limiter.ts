/** Failed sign-ins a name may have within the window before it is locked out for the rest of it. */
export const MAX_FAILED_SIGN_INS = 5;

/** The window failures are counted in, and the longest a lockout lasts. */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

/** Every wrong password is answered this much later (on top of argon2's own cost). */
export const FAILED_SIGN_IN_DELAY_MS = 500;

/** Names tracked at most: beyond, the oldest record is dropped, so guessing many names cannot exhaust memory. */
const MAX_TRACKED_NAMES = 10_000;

/**
 * Slows password guessing per user name: each wrong password is answered after a delay, and
 * after MAX_FAILED_SIGN_INS failures in SIGN_IN_WINDOW_MS the name is locked out until the window
 * ends, whatever the password. Per server process (several instances each count their own); API
 * tokens are not affected, so a locked-out admin can still act with one.
 */
export class SignInLimiter {
  /** Failures per name (lower-cased): how many, and since when. Insertion order is age order. */
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly maxFailures = MAX_FAILED_SIGN_INS,
    private readonly windowMs = SIGN_IN_WINDOW_MS,
  ) {}

  /** How long `name` stays locked out, in ms; 0 when it may try. */
  lockedFor(name: string, now = Date.now()): number {
    const record = this.current(name, now);
    return record && record.count >= this.maxFailures ? record.since + this.windowMs - now : 0;
  }

  recordFailure(name: string, now = Date.now()): void {
    const key = name.toLowerCase();
    const record = this.current(name, now) ?? { count: 0, since: now };
    record.count += 1;
    this.failures.delete(key);
    this.failures.set(key, record);
    if (this.failures.size > MAX_TRACKED_NAMES) {
      const oldest = this.failures.keys().next();
      if (!oldest.done) this.failures.delete(oldest.value);
    }
  }

  recordSuccess(name: string): void {
    this.failures.delete(name.toLowerCase());
  }

  /** The failures of `name` still inside their window. */
  private current(name: string, now: number): { count: number; since: number } | undefined {
    const key = name.toLowerCase();
    const record = this.failures.get(key);
    if (record && now - record.since >= this.windowMs) {
      this.failures.delete(key);
      return undefined;
    }
    return record;
  }
}

/** The process's limiter: sign-in attempts of every request count together. */
export const signInLimiter = new SignInLimiter();
