import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import type { User } from './user.entity.js';

/**
 * A credential for scripts and tools (`Authorization: Bearer parley_…`). The secret is shown
 * once, when it is made; only its SHA-256 is kept, so a copy of the database holds no usable token.
 */
@Entity({ tableName: 'api_token' })
@ObjectType('ApiToken', {
  description:
    'An API token: a secret sent as `Authorization: Bearer …`, acting as its user. The secret itself is shown only once, by `createApiToken`.',
})
export class ApiToken {
  [OptionalProps]?: 'createdAt' | 'label' | 'lastUsedAt' | 'revokedAt' | 'expiresAt' | 'tokenId' | 'active';

  @PrimaryKey()
  id!: number;

  @ManyToOne('User', { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;

  /** SHA-256 of the whole secret, hex: what a request's token is looked up by. */
  @Property({ length: 64, unique: true })
  secretHash!: string;

  @Property({ length: 20, index: true })
  @Field({ description: 'The first characters of the secret (`parley_Ab3x9K`), to recognise a token in a list.' })
  prefix!: string;

  @Property({ length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'What the token is for, as its creator described it.' })
  label?: string | null;

  @Property({ type: 'datetime' })
  @Field({ description: 'When the token was made.' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When a request last used the token (to the minute); null if never.',
  })
  lastUsedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the token was revoked; null while it works.' })
  revokedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the token stops working by itself; null: never.' })
  expiresAt?: Date | null;

  @Field(() => ID, { name: 'id', description: "The token's ID (not its secret): what `revokeApiToken` takes." })
  get tokenId(): string {
    return String(this.id);
  }

  @Field({ description: 'Whether the token works now: neither revoked nor expired.' })
  get active(): boolean {
    return isActive(this, new Date());
  }
}

/** Neither revoked nor expired at `now`. */
export function isActive(token: Pick<ApiToken, 'revokedAt' | 'expiresAt'>, now: Date): boolean {
  return !token.revokedAt && (!token.expiresAt || token.expiresAt > now);
}
