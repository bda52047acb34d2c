import { readActors, type ActorDraft } from './actors.js';
import { ARTICLE_VOICE_KEY, proposeAttributions } from './attribution.js';
import { proposeEvents } from './events.js';
import { proposeFigures } from './figures.js';
import type { Proposal, ProposalInput, TextSpan } from './proposal.js';
import type { Reading } from './reading.js';
import { referencesIn } from './references.js';
import { proposeRelations } from './relations.js';
import { DATELINE, quoteOf, sentencesOf, slugOf } from './spans.js';
import { proposeStatements } from './statements.js';

/** Lines a wire story carries that are not its report ("Read More: <another headline>"), blanked out, offsets kept. */
/**
 * Lines that are no part of the story ("Read More: …"), and a dateline's place and day ("DETROIT, Oct 9"), which name
 * neither an actor nor the day of anything the story tells: blanked, so offsets stay those of the text.
 */
const blankAsides = (text: string) =>
  text
    .replace(/^Read More:.*$/gm, (line) => ' '.repeat(line.length))
    .replace(DATELINE, (opening: string, place: string) => ' '.repeat(place.length) + opening.slice(place.length));

function actorProposal(text: string, actor: ActorDraft, fallback: TextSpan | undefined): Proposal | undefined {
  const spans: TextSpan[] = [];
  for (const mention of actor.mentions) {
    if (spans.length >= 3) break;
    if (!spans.some((span) => text.slice(span.start, span.end) === text.slice(mention.start, mention.end))) {
      spans.push({ start: mention.start, end: mention.end });
    }
  }
  if (!spans.length && fallback) spans.push(fallback);
  if (!spans.length) return undefined;
  return {
    type: 'actors',
    fact: {
      slug: actor.slug,
      name: actor.name,
      aliases: [...actor.aliases].filter((alias) => alias !== actor.name),
      kind: actor.kind,
      evidence: spans.map((span) => quoteOf(text, span)),
    },
    spans,
    confidence: actor.known ? 0.95 : Math.min(0.9, 0.5 + 0.1 * actor.mentions.length),
    ...(actor.known ? { matches: actor.slug } : {}),
  };
}

/** Reads an article and proposes its facts, each with its evidence spans and a confidence. Runs offline. */
export function proposeFacts(input: ProposalInput): Proposal[] {
  const { text, publishedAt, knownActors } = input;
  if (!text.trim()) return [];
  const readable = blankAsides(text);
  const cast = readActors(readable, knownActors);
  // A dateline ("(Bloomberg) --", "DETROIT, Oct 9 (Reuters) -") is no part of the first sentence.
  const storyStart = DATELINE.exec(readable)?.[0].length ?? 0;
  const sentences = sentencesOf(readable).map((sentence) => {
    const start = Math.max(sentence.start, Math.min(storyStart, sentence.end));
    return { start, end: sentence.end, text: text.slice(start, sentence.end) };
  });
  const reading: Reading = {
    text,
    publishedAt,
    sentences,
    cast,
    references: referencesIn(readable, sentences, cast),
    sourceOf: new Map(),
    reportKey: ARTICLE_VOICE_KEY,
  };
  // The publisher is the wire's name in an opening "(Bloomberg) --", not any name the text happens to open with.
  const wire = DATELINE.exec(readable);
  const publisher = wire
    ? cast.mentions.find((mention) => mention.start === wire.index + (wire[1] ?? '').length + 1)?.actor
    : undefined;
  const attributions = proposeAttributions(reading, publisher);
  const positionFallback = new Map(cast.positions.map((position) => [position.holder, position.span]));
  const actors = [...cast.actors.values()].flatMap((actor) => {
    const proposal = actorProposal(text, actor, positionFallback.get(actor.slug));
    return proposal ? [proposal] : [];
  });
  const proposed = new Set(actors.map((proposal) => (proposal.type === 'actors' ? proposal.fact.slug : '')));
  const positionKeys = new Set<string>();
  const positions = cast.positions.flatMap((position): Proposal[] => {
    if (!proposed.has(position.holder)) return [];
    let key = slugOf(`${position.holder}-${position.title}`).slice(0, 100);
    for (let n = 2; positionKeys.has(key); n += 1) key = `${key}-${String(n)}`;
    positionKeys.add(key);
    const organization =
      position.organization && proposed.has(position.organization) ? position.organization : undefined;
    return [
      {
        type: 'positions',
        fact: {
          key,
          holder: position.holder,
          ...(organization ? { organization } : {}),
          title: position.title,
          acting: position.acting,
          evidence: [quoteOf(text, position.span)],
        },
        spans: [position.span],
        confidence: 0.7,
      },
    ];
  });
  return [
    ...actors,
    ...positions,
    ...attributions,
    ...proposeEvents(reading, publisher),
    ...proposeRelations(reading),
    ...proposeStatements(reading),
    ...proposeFigures(reading),
  ];
}
