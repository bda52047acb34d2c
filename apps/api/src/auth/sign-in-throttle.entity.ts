import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed sign-ins of one user name or from one address within the current window. Kept in the
 * database, so every server instance counts the same failures: guessing passwords against two
 * instances is no faster than against one.
 */
@Entity({ tableName: 'sign_in_throttle' })
export class SignInThrottle {
  /** `name:<user name, lower-cased>` or `address:<client address>`. */
  @PrimaryKey({ length: 400 })
  key!: string;

  /** Failures since `windowStartMs`. */
  @Property({ type: 'integer' })
  failures!: number;

  /** When the window began, in milliseconds since 1970: compared in SQL alike on both databases. */
  @Property({ type: 'double', index: true })
  windowStartMs!: number;
}
