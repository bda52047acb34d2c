import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { User } from './user.entity.js';

/**
 * A signed-in browser. Kept in the database, so every server instance sees the same sessions and
 * signing out ends one everywhere at once. The id is the SHA-256 of the cookie's secret: the
 * table alone cannot be replayed as cookies.
 */
@Entity({ tableName: 'session' })
export class Session {
  @PrimaryKey({ length: 64 })
  id!: string;

  @ManyToOne('User', { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** Slides forward with use (idle timeout), never past the absolute limit from `createdAt`. */
  @Property({ type: 'datetime', index: true })
  expiresAt!: Date;

  @Property({ type: 'datetime' })
  lastSeenAt!: Date;
}
