import type { EntityManager } from '@mikro-orm/core';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../common/context.js';
import { badUserInput, notFound } from '../common/errors.js';
import { hasRole, type Viewer } from '../common/viewer.js';
import { ApiToken } from './api-token.entity.js';
import { createApiToken, MAX_TOKEN_DAYS, revokeApiToken, tokenOptionsProblem } from './api-tokens.js';
import { forbidden, mayActFor } from './auth-errors.js';
import { User } from './user.entity.js';
import { userNamed } from './users.js';

/** Most tokens one `apiTokens` query returns. */
export const MAX_TOKENS = 200;

@ArgsType()
class ApiTokensArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Whose tokens, by user name: yours when left out; only an admin may name someone else.',
  })
  user?: string | null;

  @Field({ defaultValue: false, description: 'Include revoked and expired tokens.' })
  includeInactive!: boolean;

  @Field(() => Int, {
    defaultValue: 100,
    description: `How many tokens to return, newest first: at most ${MAX_TOKENS}.`,
  })
  first!: number;
}

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field(() => String, {
    nullable: true,
    description: 'Whose token, by user name: yours when left out; only an admin may make one for someone else.',
  })
  user?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the token is for ("nightly export"); at most 200 characters.',
  })
  label?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Days until the token stops working by itself, 1 to ${MAX_TOKEN_DAYS}; left out: it works until revoked.`,
  })
  expiresInDays?: number | null;
}

@ObjectType({ description: 'The result of `createApiToken`: the only time the secret is shown.' })
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { description: 'The new token.' })
  token!: ApiToken;

  @Field({
    description:
      'The secret, to send as `Authorization: Bearer <secret>`. Shown now and never again: only its hash is kept.',
  })
  secret!: string;
}

@InputType({ description: 'The token to revoke.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: "The token's `id` (from `apiTokens`)." })
  id!: string;
}

@ObjectType({ description: 'The result of `revokeApiToken`.' })
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { description: 'The token, now revoked.' })
  token!: ApiToken;
}

/**
 * API tokens. Every signed-in user (reader and up) lists, makes and revokes their own: a token
 * acts with its user's role, so it grants nothing the user lacks. Admins manage everyone's.
 */
@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized()
  @Query(() => [ApiToken], {
    description:
      "A user's API tokens, newest first: your own, or anyone's for an admin. Secrets are never shown again.",
  })
  async apiTokens(
    @Args(() => ApiTokensArgs) { user, includeInactive, first }: ApiTokensArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<ApiToken[]> {
    if (first < 0 || first > MAX_TOKENS) throw badUserInput(`"first" must be from 0 to ${MAX_TOKENS}.`, 'first');
    const owner = await ownerFor(em, signedIn(viewer), user);
    const now = new Date();
    return em.find(
      ApiToken,
      includeInactive
        ? { user: owner }
        : { user: owner, revokedAt: null, $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] },
      { orderBy: { id: 'desc' }, limit: first, populate: ['user'] },
    );
  }

  @Authorized()
  @Mutation(() => CreateApiTokenPayload, {
    description: 'Makes an API token for yourself, or for anyone as an admin. The secret is in the answer, once.',
  })
  async createApiToken(
    @Arg('input', () => CreateApiTokenInput, { description: 'Whose token, its label and lifetime.' })
    input: CreateApiTokenInput,
    @Ctx() ctx: Context,
  ) {
    const viewer = signedIn(ctx.viewer);
    return ctx.em.transactional(async (em) => {
      const owner = await ownerFor(em, viewer, input.user);
      const problem = tokenOptionsProblem(input);
      if (problem) throw badUserInput(problem.message, problem.argumentName);
      return createApiToken(em, owner, input);
    });
  }

  @Authorized()
  @Mutation(() => RevokeApiTokenPayload, {
    description: "Revokes an API token at once, on every server: yours, or anyone's as an admin.",
  })
  async revokeApiToken(
    @Arg('input', () => RevokeApiTokenInput, { description: 'Which token.' }) input: RevokeApiTokenInput,
    @Ctx() ctx: Context,
  ) {
    const viewer = signedIn(ctx.viewer);
    return ctx.em.transactional(async (em) => {
      const id = /^\d{1,15}$/.test(input.id) ? Number(input.id) : undefined;
      const token = id === undefined ? null : await em.findOne(ApiToken, { id }, { populate: ['user'] });
      // Someone else's token and no token at all look the same to a non-admin.
      if (!hasRole(viewer.role, 'admin') && token?.user.getEntity().name !== viewer.name) {
        throw forbidden(
          `You have no API token with ID "${input.id}"; only an admin may revoke another user's.`,
          'admin',
        );
      }
      if (!token) throw notFound(`No API token has the ID "${input.id}".`, 'id');
      await revokeApiToken(em, token);
      return { token };
    });
  }

  @FieldResolver(() => User, { description: 'Whose token it is: it acts with their role.' })
  user(@Root() token: ApiToken): Promise<User> {
    return token.user.loadOrFail();
  }
}

/** The viewer `@Authorized()` has already required. */
function signedIn(viewer: Viewer | undefined): Viewer {
  if (!viewer) throw new Error('@Authorized() lets no anonymous request through');
  return viewer;
}

/** The user a request names (the viewer when it names none), if the viewer may act for them; FORBIDDEN otherwise. */
async function ownerFor(em: EntityManager, viewer: Viewer, name: string | null | undefined): Promise<User> {
  const wanted = name ?? viewer.name;
  if (!mayActFor(viewer, wanted)) throw forbidden(`Only an admin may manage another user's API tokens.`, 'admin');
  return userNamed(em, wanted, 'user');
}
