import { createWriteStream } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { ParleyTransportError } from '@parley/client';
import type { CommandContext } from '../context.js';
import { CliError, ExitCode } from '../exit.js';

/** Each format `parley export` takes, and the server's file for it under /export/. */
export const EXPORT_FORMATS = {
  bundle: 'bundle.json',
  gexf: 'graph.gexf',
  graphml: 'graph.graphml',
  csv: 'relations.csv',
  ftm: 'ftm.jsonl',
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The export's URL: beside the GraphQL endpoint, under /export/. */
export function exportUrl(graphqlUrl: string, format: ExportFormat, document?: string): URL {
  const url = new URL(`export/${EXPORT_FORMATS[format]}`, new URL('.', graphqlUrl));
  if (document) url.searchParams.set('document', document);
  return url;
}

/**
 * `parley export <format> [--out file] [--document slug]`: streams one of the server's exports to
 * a file or to standard output, as it arrives.
 */
export async function exportFile(
  context: CommandContext,
  format: ExportFormat,
  options: { out?: string; document?: string },
  stdout: Writable,
) {
  const url = exportUrl(context.url, format, options.document);
  let response: Response;
  try {
    response = await fetch(url, { headers: context.token ? { authorization: `Bearer ${context.token}` } : {} });
  } catch (error) {
    const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
    const reason = typeof cause?.code === 'string' ? cause.code : cause?.message;
    throw new ParleyTransportError(
      `cannot reach ${url.origin}: ${(error as Error).message}${typeof reason === 'string' ? ` (${reason})` : ''}`,
    );
  }
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => undefined)) as
      { errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
    const error = body?.errors?.[0];
    if (response.status === 404 && error?.extensions?.code === 'NOT_FOUND') {
      throw new CliError(ExitCode.NOT_FOUND, error.message);
    }
    throw new ParleyTransportError(
      `${url.href} answered ${response.status}${error ? `: ${error.message}` : ''}`,
      response.status,
    );
  }
  const body = Readable.fromWeb(response.body as ReadableStream<Uint8Array>);
  await pipeline(body, options.out ? createWriteStream(options.out) : stdout, { end: Boolean(options.out) });
}
