import { setTimeout as sleep } from 'node:timers/promises';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { ErrorCode } from '../common/error-code.js';
import { signInLocked, signInRefused } from './auth-errors.js';
import { checkPassword } from './passwords.js';
import { deleteExpiredSessions, endSession, startSession } from './sessions.js';
import { FAILED_SIGN_IN_DELAY_MS, signInLimiter } from './sign-in-limiter.js';
import { User } from './user.entity.js';

@InputType({ description: 'Who signs in, and their password.' })
export class SignInInput {
  @Field({ description: 'The user name.' })
  name!: string;

  @Field({ description: 'The password (sent over HTTPS in production).' })
  password!: string;
}

@ObjectType({ description: 'The result of `signIn`: the session cookie is set on the response.' })
export class SignInPayload {
  @Field(() => User, { description: 'The user now signed in.' })
  viewer!: User;
}

@ObjectType({ description: 'The result of `signOut`.' })
export class SignOutPayload {
  @Field({ description: 'Whether a session was ended (false when the request had none).' })
  signedOut!: boolean;
}

/** Signing in and out of the explorer with a session cookie, and who is signed in. */
@Resolver()
export class AuthResolver {
  @Query(() => User, {
    nullable: true,
    description:
      'The user the request acts for (signed in, or by API token); null when anonymous. Open to everyone, also when anonymous reads are off.',
  })
  async viewer(@Ctx() { viewer, em }: Context): Promise<User | null> {
    return viewer ? em.findOne(User, { id: viewer.userId }) : null;
  }

  @Mutation(() => SignInPayload, {
    description: `Signs in with a name and password: starts a session and sets its cookie (HttpOnly, SameSite=Strict). Wrong passwords are answered slowly, and a name (or an address) with too many failures is locked out for a while, on every server instance alike (SIGN_IN_LOCKED with \`retryAfter\` seconds).`,
  })
  async signIn(
    @Arg('input', () => SignInInput, { description: 'The name and password.' }) input: SignInInput,
    @Ctx() ctx: Context,
  ) {
    // A locked-out name is refused however it asks, before anything else is looked at.
    const attempt = { name: input.name, address: ctx.clientAddress };
    const lockout = await signInLimiter.lockedOut(ctx.em, attempt);
    if (lockout) throw signInLocked(lockout);
    const { sessionCookie } = ctx;
    if (!sessionCookie) {
      throw new GraphQLError('signIn sets a cookie: send it over HTTP.', {
        extensions: { code: ErrorCode.BAD_REQUEST },
      });
    }
    // The password is checked before the transaction: argon2 and the failure delay hold no lock.
    const user = await ctx.em.findOne(User, { name: input.name });
    // Verified even for an unknown or disabled user: the answer takes as long either way.
    const matches = await checkPassword(user?.passwordHash, input.password);
    if (!user || !matches || user.disabledAt) {
      await signInLimiter.recordFailure(ctx.em, attempt);
      await sleep(FAILED_SIGN_IN_DELAY_MS);
      throw signInRefused('Wrong name or password.');
    }
    await signInLimiter.recordSuccess(ctx.em, input.name);
    const secret = await ctx.em.transactional(async (em) => {
      // Signing in again from a signed-in browser replaces its session rather than leaving it behind.
      const previous = ctx.viewer?.credential;
      if (previous?.kind === 'session') await endSession(em, previous.sessionId);
      await deleteExpiredSessions(em);
      return (await startSession(em, user)).secret;
    });
    sessionCookie.set(secret);
    return { viewer: user };
  }

  @Mutation(() => SignOutPayload, {
    description:
      "Signs out: ends the request's session on the server (its cookie no longer works anywhere) and clears the cookie.",
  })
  async signOut(@Ctx() ctx: Context) {
    const credential = ctx.viewer?.credential;
    ctx.sessionCookie?.clear();
    if (credential?.kind !== 'session') return { signedOut: false };
    await ctx.em.transactional((em) => endSession(em, credential.sessionId));
    return { signedOut: true };
  }
}
