import { z } from 'zod';
import { DOCUMENT_STORE_MAX_CHARACTERS } from './common/document-store.js';

/** Runtime configuration, read once from the environment (documented in the README). */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:|postgres(ql)?:\/\/)/, 'must start with sqlite: or postgres://')
    .default('sqlite:data/parley.sqlite'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PARLEY_CREATE_DATABASE: z.enum(['true', 'false', '1', '0']).default('false'),
  NODE_ENV: z.string().default('development'),
  PARLEY_INTROSPECTION: z.enum(['true', 'false']).default('true'),
  PARLEY_PLAYGROUND: z.enum(['true', 'false']).default('true'),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((origin) => new URL(origin).origin))),
  SLOW_REQUEST_MS: z.coerce.number().int().min(0).default(1000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  REQUEST_DEADLINE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(5000),
  MAX_RESPONSE_BYTES: z.coerce.number().int().min(1024).default(10_000_000),
  DOCUMENT_CACHE_CHARACTERS: z.coerce.number().int().min(0).default(DOCUMENT_STORE_MAX_CHARACTERS),
  PARLEY_PUBLIC_READ: z.enum(['true', 'false']).default('true'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string;
  /**
   * Whether a missing SQLite file may be created (then migrated and seeded): always for the
   * default path, otherwise only with PARLEY_CREATE_DATABASE, so a mistyped or unmounted path
   * fails loudly instead of starting over an empty database.
   */
  createDatabase: boolean;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  /** How long in-flight requests may take to finish after SIGTERM/SIGINT before the process gives up. */
  shutdownGraceMs: number;
  /** Requests slower than this are logged at warn. */
  slowRequestMs: number;
  /** After this long, an operation starts no new database statement and answers TIMEOUT (0: never). */
  requestDeadlineMs: number;
  /** PostgreSQL's `statement_timeout` for each statement the API runs. */
  statementTimeoutMs: number;
  /** Largest response body the API sends; a larger one is replaced by RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** How much query text the cache of parsed, validated documents keeps (0: no cache). */
  documentCacheCharacters: number;
  /** NODE_ENV=production: no field suggestions in error messages. */
  production: boolean;
  introspection: boolean;
  playground: boolean;
  /** Origins other sites may call the API from; none (same origin only) by default. */
  corsOrigins: string[];
  /** Whether anonymous requests may read (queries, /export); false: a reader or above must sign in or send a token. */
  publicRead: boolean;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const data = parsed.data;
  const { PORT, HOST, DATABASE_URL, LOG_LEVEL, SHUTDOWN_GRACE_MS, SLOW_REQUEST_MS, PARLEY_CREATE_DATABASE } = data;
  return {
    port: PORT,
    host: HOST,
    databaseUrl: DATABASE_URL,
    createDatabase:
      env.DATABASE_URL === undefined || PARLEY_CREATE_DATABASE === 'true' || PARLEY_CREATE_DATABASE === '1',
    logLevel: LOG_LEVEL,
    shutdownGraceMs: SHUTDOWN_GRACE_MS,
    slowRequestMs: SLOW_REQUEST_MS,
    requestDeadlineMs: data.REQUEST_DEADLINE_MS,
    statementTimeoutMs: data.STATEMENT_TIMEOUT_MS,
    maxResponseBytes: data.MAX_RESPONSE_BYTES,
    documentCacheCharacters: data.DOCUMENT_CACHE_CHARACTERS,
    production: data.NODE_ENV === 'production',
    introspection: data.PARLEY_INTROSPECTION === 'true',
    playground: data.PARLEY_PLAYGROUND === 'true',
    corsOrigins: data.CORS_ORIGINS,
    publicRead: data.PARLEY_PUBLIC_READ === 'true',
  };
}
