import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { Context } from '../common/context.js';
import { badUserInput } from '../common/errors.js';
import type { Role } from '../common/viewer.js';
import { RoleValue } from './role.type.js';
import { User } from './user.entity.js';
import { createUser, updateUser, userNamed } from './users.js';

/** Most users one `users` query returns. */
export const MAX_USERS = 200;

@ArgsType()
class UsersArgs {
  @Field(() => Int, { defaultValue: 100, description: `How many users to return, by name: at most ${MAX_USERS}.` })
  first!: number;

  @Field({ defaultValue: false, description: 'Include disabled users.' })
  includeDisabled!: boolean;
}

@InputType({ description: 'A new user.' })
export class CreateUserInput {
  @Field({ description: 'The name they sign in with: letters, digits, ".", "_", "-", "@"; at most 100.' })
  name!: string;

  @Field(() => RoleValue, { description: 'What they may do.' })
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: 'Their password (at least 12 characters); leave it out for a user who only holds API tokens.',
  })
  password?: string | null;
}

@ObjectType({ description: 'The result of `createUser`.' })
export class CreateUserPayload {
  @Field(() => User, { description: 'The new user.' })
  user!: User;
}

@InputType({ description: 'Changes to a user; what is left out stays as it is.' })
export class UpdateUserInput {
  @Field({ description: 'The user to change, by name.' })
  name!: string;

  @Field(() => RoleValue, { nullable: true, description: 'Their new role.' })
  role?: Role | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true disables the user (their sessions end, their tokens stop working); false enables them again.',
  })
  disabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A new password (at least 12 characters); ends their sessions.' })
  password?: string | null;
}

@ObjectType({ description: 'The result of `updateUser`.' })
export class UpdateUserPayload {
  @Field(() => User, { description: 'The user, changed.' })
  user!: User;
}

/** Administration of users: admins only. */
@Resolver(() => User)
export class UserResolver {
  @Authorized('admin')
  @Query(() => [User], { description: 'The users, by name (admins only).' })
  users(@Args(() => UsersArgs) { first, includeDisabled }: UsersArgs, @Ctx() { em }: Context): Promise<User[]> {
    if (first < 0 || first > MAX_USERS) throw badUserInput(`"first" must be from 0 to ${MAX_USERS}.`, 'first');
    return em.find(User, includeDisabled ? {} : { disabledAt: null }, { orderBy: { name: 'asc' }, limit: first });
  }

  @Authorized('admin')
  @Mutation(() => CreateUserPayload, { description: 'Creates a user (admins only).' })
  async createUser(
    @Arg('input', () => CreateUserInput, { description: 'The new user.' }) input: CreateUserInput,
    @Ctx() ctx: Context,
  ) {
    return { user: await ctx.em.transactional((em) => createUser(em, input)) };
  }

  @Authorized('admin')
  @Mutation(() => UpdateUserPayload, {
    description:
      "Changes a user's role, password, or disables them (admins only). The last active admin stays an admin.",
  })
  async updateUser(
    @Arg('input', () => UpdateUserInput, { description: 'Who, and what changes.' }) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ) {
    const { name, ...changes } = input;
    return { user: await ctx.em.transactional(async (em) => updateUser(em, await userNamed(em, name), changes)) };
  }
}
