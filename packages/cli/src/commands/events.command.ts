import { collect, show, type CommandContext } from '../context.js';
import type { EventsQuery } from '../gql/graphql.js';
import { EventsQuery as EventsDocument } from '../operations.js';
import { renderTable } from '../table.js';

type EventRow = EventsQuery['events']['nodes'][number];

/** `parley events [--from date] [--to date] [--text words]`: events in date order, with who took part. */
export async function events(context: CommandContext, options: { from?: string; to?: string; text?: string }) {
  const rows = await collect(
    context.client.paginate(
      EventsDocument,
      { first: 100, filter: { from: options.from, to: options.to, text: options.text } },
      { connection: (data) => data.events },
    ),
  );
  show(context, rows, (list) => {
    const title = `${list.length} event${list.length === 1 ? '' : 's'}`;
    if (!list.length) return title;
    const table = renderTable<EventRow>(
      [
        { heading: 'WHEN', cell: (e) => e.date?.start ?? e.date?.text ?? '', max: 12 },
        { heading: 'EVENT', cell: (e) => `${e.title}${e.secret ? ' (secret)' : ''}`, flexible: true },
        { heading: 'WHERE', cell: (e) => e.location ?? '', max: 20 },
        { heading: 'WHO', cell: (e) => e.participants.map((p) => p.actor.name).join(', '), max: 40 },
      ],
      list,
      context.width,
    );
    return `${title}\n\n${table}`;
  });
}
