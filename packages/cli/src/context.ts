import type { ParleyClient } from '@parley/client';

/** What every command runs with: the client, the global options, and where its output goes. */
export interface CommandContext {
  client: ParleyClient;
  /** The GraphQL endpoint (the exports live beside it, under /export/). */
  url: string;
  token?: string;
  /** Print the data as JSON instead of tables. */
  json: boolean;
  /** Width to fit tables to. */
  width: number;
  print(text: string): void;
}

/** Prints data as JSON (for `--json`), or the text `render` makes of it. */
export function show<T>(context: CommandContext, data: T, render: (data: T) => string): void {
  context.print(context.json ? JSON.stringify(data, null, 2) : render(data));
}

/** Reads all of a paginated list (pages of 100, the API's most). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** "PRESSURED" → "pressured". */
export function words(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}

/** A quote as the tables print it. */
export function quoted(quotes: readonly { quote: string }[]): string {
  return quotes.map((evidence) => `“${evidence.quote}”`).join(' … ');
}
