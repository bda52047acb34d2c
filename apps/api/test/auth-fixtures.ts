import type { FormattedExecutionResult } from 'graphql';
import { createApiToken } from '../src/auth/api-tokens.js';
import { User } from '../src/auth/user.entity.js';
import { createUser } from '../src/auth/users.js';
import type { Role, Viewer } from '../src/common/viewer.js';
import type { TestDatabase } from './databases.js';

/** A password every test user may have: long enough for the rules. */
export const PASSWORD = 'correct horse battery staple';

/** Creates a user (with PASSWORD unless `password: null`) and returns them as a viewer. */
export async function addUser(
  db: TestDatabase,
  name: string,
  role: Role,
  { password = PASSWORD }: { password?: string | null } = {},
): Promise<Viewer> {
  const user = await db.orm.em.fork().transactional((em) => createUser(em, { name, role, password }));
  return { userId: user.id, name: user.name, role: user.role };
}

/** Makes an API token for `name`; returns its secret and ID. */
export async function addToken(
  db: TestDatabase,
  name: string,
  options: { expiresInDays?: number } = {},
): Promise<{ secret: string; id: number }> {
  return db.orm.em.fork().transactional(async (em) => {
    const user = await em.findOneOrFail(User, { name });
    const { token, secret } = await createApiToken(em, user, options);
    return { secret, id: token.id };
  });
}

/** How many rows each table holds, and the tokens' last use: what "nothing was written" compares. */
export async function snapshotRows(db: TestDatabase): Promise<Record<string, unknown>> {
  const connection = db.orm.em.getConnection();
  const counts: Record<string, unknown> = {};
  for (const meta of Object.values(db.orm.getMetadata().getAll())) {
    if (meta.embeddable || meta.virtual || !meta.tableName) continue;
    const rows = (await connection.execute(`select count(*) as n from "${meta.tableName}"`)) as {
      n: number | string;
    }[];
    counts[meta.tableName] = Number(rows[0]?.n);
  }
  counts.tokensLastUsed = await connection.execute('select id, last_used_at from api_token order by id');
  counts.sessionsSeen = await connection.execute('select id, last_seen_at from session order by id');
  return counts;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: FormattedExecutionResult;
}

/** POSTs a GraphQL operation to a listening server, with any headers. */
export async function postGraphql(
  url: string,
  query: string,
  { variables, headers = {} }: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<HttpAnswer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as FormattedExecutionResult,
  };
}

/** The first error code of an answer. */
export function codeOf(answer: { errors?: readonly { extensions?: Record<string, unknown> }[] }): unknown {
  return answer.errors?.[0]?.extensions?.code;
}
