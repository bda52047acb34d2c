import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/core';
import { Command, InvalidArgumentError } from 'commander';
import { ApiToken, isActive } from '../auth/api-token.entity.js';
import { createApiToken, revokeApiToken, tokenOptionsProblem } from '../auth/api-tokens.js';
import { userNamed } from '../auth/users.js';
import { runOnDatabase, shortDate, table, UsageError } from './database-command.js';

/** `npm run token -- <command>`: makes, lists and revokes API tokens in the configured database. */
const program = new Command('token').description("Manage Parley's API tokens (DATABASE_URL selects the database).");

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('a whole number of days');
  return Number(value);
}

program
  .command('create')
  .description('Make an API token for a user and print it: the only time it is shown.')
  .requiredOption('--user <name>', 'whose token (it acts with their role)')
  .option('--label <text>', 'what the token is for')
  .option('--expires-days <days>', 'days until it stops working by itself (default: never)', wholeNumber)
  .action(async (options: { user: string; label?: string; expiresDays?: number }) => {
    await runOnDatabase(async (em) => {
      const user = await userNamed(em, options.user, 'user');
      const settings = { label: options.label, expiresInDays: options.expiresDays };
      const problem = tokenOptionsProblem(settings);
      if (problem) throw new UsageError(problem.message);
      const { token, secret } = await createApiToken(em, user, settings);
      // The secret alone on stdout, for scripts; what it is on stderr, for people.
      console.error(
        `token ${token.id} (${token.prefix}…) for ${user.name}, ${user.role}; expires ${shortDate(token.expiresAt)}. Keep it now: it is not shown again.`,
      );
      console.log(secret);
    });
  });

program
  .command('list')
  .description("List API tokens (never their secrets), newest first: everyone's, or one user's.")
  .option('--user <name>', "only this user's")
  .action(async (options: { user?: string }) => {
    await runOnDatabase(async (em) => {
      const where = options.user ? { user: await userNamed(em, options.user, 'user') } : {};
      const tokens = await em.find(ApiToken, where, { orderBy: { id: 'desc' }, populate: ['user'] });
      const now = new Date();
      const rows = tokens.map((token) => [
        String(token.id),
        `${token.prefix}…`,
        token.user.getEntity().name,
        token.revokedAt ? 'revoked' : isActive(token, now) ? 'active' : 'expired',
        token.label ?? '',
        shortDate(token.createdAt),
        shortDate(token.lastUsedAt),
        shortDate(token.expiresAt),
      ]);
      console.log(table([['ID', 'PREFIX', 'USER', 'STATUS', 'LABEL', 'CREATED', 'LAST USED', 'EXPIRES'], ...rows]));
    });
  });

program
  .command('revoke')
  .description('Revoke a token at once, by its ID or its prefix (as `token list` shows them).')
  .argument('<token>', 'the ID, or the prefix (parley_Ab3x9K)')
  .action(async (which: string) => {
    await runOnDatabase(async (em) => {
      const token = await tokenNamed(em, which);
      await revokeApiToken(em, token);
      console.log(`revoked token ${token.id} (${token.prefix}…) of ${token.user.getEntity().name}`);
    });
  });

/** The one token an ID or a prefix (the `…` copied from a listing is allowed) names. */
async function tokenNamed(em: EntityManager, which: string): Promise<ApiToken> {
  const prefix = which.replace(/…$/, '');
  const found = /^\d+$/.test(which)
    ? await em.find(ApiToken, { id: Number(which) }, { populate: ['user'] })
    : await em.find(ApiToken, { prefix, revokedAt: null }, { populate: ['user'], limit: 2 });
  const [token, another] = found;
  if (!token) throw new UsageError(`No token has the ID or unrevoked prefix "${which}".`);
  if (another) throw new UsageError(`Several tokens start with "${prefix}"; revoke by ID (token list).`);
  return token;
}

await program.parseAsync();
