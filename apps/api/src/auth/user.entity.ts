import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { roles, type Role } from '../common/viewer.js';
import { RoleValue } from './role.type.js';

/**
 * Someone who may sign in or hold API tokens. Not a `Node`: users are looked up by name by
 * admins, never through `node(id)`, which anyone may call.
 */
@Entity({ tableName: 'user_account' })
@ObjectType('User', {
  description: 'Someone who may sign in or hold API tokens, with the role that says what they may do.',
})
export class User {
  [OptionalProps]?: 'createdAt' | 'disabledAt' | 'passwordHash' | 'active' | 'canSignIn' | 'userId';

  @PrimaryKey()
  id!: number;

  @Property({ length: 100, unique: true })
  @Field({ description: 'The name the user signs in with; unique.' })
  name!: string;

  @Enum({ items: () => [...roles] })
  @Field(() => RoleValue, { description: 'What the user may do.' })
  role!: Role;

  /** argon2id hash (PHC string); null for a user who only holds API tokens and cannot sign in. */
  @Property({ type: 'text', nullable: true })
  passwordHash?: string | null;

  @Property({ type: 'datetime' })
  @Field({ description: 'When the user was created.' })
  createdAt: Date = new Date();

  /** Set when the user is disabled: their sessions end and their tokens stop working. */
  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the user was disabled; null while they may act.' })
  disabledAt?: Date | null;

  @Field(() => ID, { name: 'id', description: "The user's ID; admins name users by `name`, which is also unique." })
  get userId(): string {
    return String(this.id);
  }

  @Field({ description: 'Whether the user may sign in and use API tokens.' })
  get active(): boolean {
    return !this.disabledAt;
  }

  @Field({ description: 'Whether the user has a password, so may sign in (otherwise only API tokens work).' })
  get canSignIn(): boolean {
    return !!this.passwordHash;
  }
}
