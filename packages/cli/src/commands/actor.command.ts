import { quoted, show, words, type CommandContext } from '../context.js';
import { CliError, ExitCode } from '../exit.js';
import { ActorQuery } from '../operations.js';

/** `parley actor <slug>`: who an actor is, the posts they hold, what they did and what was done to them. */
export async function actor(context: CommandContext, slug: string) {
  const { actor: found } = await context.client.request(ActorQuery, { slug });
  if (!found) throw new CliError(ExitCode.NOT_FOUND, `no actor has the slug "${slug}"`);
  show(context, found, (a) => {
    const lines = [`${a.name} (${words(a.kind)}, ${a.slug})`];
    if (a.aliases.length) lines.push(`also called: ${a.aliases.join(', ')}`);
    if (a.summary) lines.push(a.summary);
    if (a.positions.length) {
      lines.push('', 'Positions:');
      for (const position of a.positions) {
        const where = position.organization ? `, ${position.organization.name}` : '';
        lines.push(`  ${position.acting ? 'acting ' : ''}${position.title}${where}`);
      }
    }
    if (a.relations.length) {
      lines.push('', 'Relations:');
      for (const relation of a.relations) {
        const modality = relation.modality === 'ACTUAL' ? '' : ` (${words(relation.modality)})`;
        lines.push(`  ${relation.source.name} ${words(relation.kind)}${modality} ${relation.target.name}`);
        if (relation.evidence.length) lines.push(`    ${quoted(relation.evidence)}`);
      }
    }
    if (a.statements.length) {
      lines.push('', 'Statements:');
      for (const statement of a.statements) {
        lines.push(`  ${words(statement.kind)}${statement.text ? `: ${statement.text}` : ''}`);
      }
    }
    return lines.join('\n');
  });
}
