import { StatementKind } from '@parley/schema';
import { collect, quoted, show, words, type CommandContext } from '../context.js';
import type { StatementsQuery } from '../gql/graphql.js';
import { StatementsQuery as StatementsDocument } from '../operations.js';
import { renderTable } from '../table.js';

type StatementRow = StatementsQuery['statements']['nodes'][number];

/** The statement kinds, checked on the command line against the schema's own list. */
export const STATEMENT_KINDS: readonly StatementKind[] = Object.values(StatementKind);

/** `parley statements [--kind KIND…]`: what was said, declined or left unanswered, by whom. */
export async function statements(context: CommandContext, options: { kind?: StatementKind[] }) {
  const rows = await collect(
    context.client.paginate(
      StatementsDocument,
      { first: 100, kinds: options.kind?.length ? options.kind : undefined },
      { connection: (data) => data.statements },
    ),
  );
  show(context, rows, (list) => {
    const title = `${list.length} statement${list.length === 1 ? '' : 's'}`;
    if (!list.length) return title;
    const table = renderTable<StatementRow>(
      [
        { heading: 'WHO', cell: (s) => s.speaker.name, max: 24 },
        { heading: 'KIND', cell: (s) => words(s.kind), max: 20 },
        { heading: 'SAID', cell: (s) => s.text ?? quoted(s.evidence), flexible: true },
      ],
      list,
      context.width,
    );
    return `${title}\n\n${table}`;
  });
}
