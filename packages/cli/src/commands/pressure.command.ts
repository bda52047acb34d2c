import { RelationCategory } from '@parley/schema';
import { collect, quoted, show, words, type CommandContext } from '../context.js';
import type { PressureQuery } from '../gql/graphql.js';
import { ActorQuery, PressureQuery as PressureDocument } from '../operations.js';
import { CliError, ExitCode } from '../exit.js';
import { renderTable } from '../table.js';

type PressureRelation = PressureQuery['relations']['nodes'][number];

/** Who says so: the attribution's source and kind, and the article's words for it. */
function saysWho({ attribution }: PressureRelation): string {
  const who = [attribution.source?.name, words(attribution.kind)].filter(Boolean).join(', ');
  return attribution.text ? `${who} — “${attribution.text}”` : who;
}

/** `parley pressure [--target slug] [--source slug]`: who pressured or coerced whom, with quotes. */
export async function pressure(context: CommandContext, options: { target?: string; source?: string }) {
  for (const slug of [options.target, options.source]) {
    // An unknown slug would only give an empty table; say instead that nobody has it.
    if (slug && !(await context.client.request(ActorQuery, { slug })).actor) {
      throw new CliError(ExitCode.NOT_FOUND, `no actor has the slug "${slug}"`);
    }
  }
  const relations = await collect(
    context.client.paginate(
      PressureDocument,
      {
        first: 100,
        filter: {
          categories: [RelationCategory.PRESSURE, RelationCategory.COERCION],
          target: options.target,
          source: options.source,
        },
      },
      { connection: (data) => data.relations },
    ),
  );
  show(context, relations, (rows) => {
    const about = [
      options.source ? `by ${rows[0]?.source.name ?? options.source}` : '',
      options.target ? `on ${rows[0]?.target.name ?? options.target}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const title = `Pressure${about ? ` ${about}` : ''}: ${rows.length} relation${rows.length === 1 ? '' : 's'}`;
    if (!rows.length) return title;
    const table = renderTable<PressureRelation>(
      [
        { heading: 'WHO', cell: (r) => r.source.name, max: 24 },
        {
          heading: 'DID',
          cell: (r) => (r.modality === 'ACTUAL' ? words(r.kind) : `${words(r.kind)} (${words(r.modality)})`),
          max: 16,
        },
        { heading: 'TO WHOM', cell: (r) => r.target.name, max: 24 },
        { heading: 'EVIDENCE', cell: (r) => quoted(r.evidence), flexible: true },
        { heading: 'SAYS WHO', cell: saysWho, max: 28 },
      ],
      rows,
      context.width,
    );
    return `${title}\n\n${table}`;
  });
}
