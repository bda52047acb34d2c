import { quoted, show, words, type CommandContext } from '../context.js';
import { CliError, ExitCode } from '../exit.js';
import type { PathQuery } from '../gql/graphql.js';
import { PathQuery as PathDocument } from '../operations.js';

type Step = PathQuery['paths'][number]['steps'][number];

/** What links the two ends of a step, in words. */
function link({ via, from }: Step): { label: string; evidence: { quote: string }[] } {
  switch (via.__typename) {
    case 'Relation':
      return {
        label: via.source.slug === from.slug ? `—${words(via.kind)}→` : `←${words(via.kind)}—`,
        evidence: via.evidence,
      };
    case 'Position':
      return { label: `—position: ${via.title}—`, evidence: via.evidence };
    case 'Event':
      return { label: `—both at: ${via.title}—`, evidence: via.evidence };
    default:
      return { label: `—${via.__typename}—`, evidence: [] };
  }
}

/** `parley path <from> <to>`: how one actor connects to another, shortest first, each step with its quote. */
export async function path(context: CommandContext, from: string, to: string, options: { maxLength?: number }) {
  const { paths } = await context.client.request(PathDocument, { from, to, maxLength: options.maxLength, first: 5 });
  if (!paths.length) throw new CliError(ExitCode.NOT_FOUND, `no path from "${from}" to "${to}" within the search`);
  show(context, paths, (list) =>
    list
      .map((found, index) => {
        const lines = [`Path ${index + 1} (${found.length} step${found.length === 1 ? '' : 's'}):`];
        for (const step of found.steps) {
          const { label, evidence } = link(step);
          lines.push(`  ${step.from.name} ${label} ${step.to.name}`);
          if (evidence.length) lines.push(`      ${quoted(evidence)}`);
        }
        return lines.join('\n');
      })
      .join('\n\n'),
  );
}
