import { ActorKind } from '../actor/actor-kind.js';
import type { EvidenceQuote, StoryBundle } from '../facts/bundle.format.js';
import { resolvePartialDate, type PartialDateSpec } from '../facts/date-words.js';
import { locateQuote } from '../facts/evidence-locator.js';
import { categoryOf, isRelationKind, RelationKind } from '../relation/relation-kind.js';
import type { KnownActor, Proposal, ProposalType, TextSpan } from './proposal.js';
import { normalName, overlaps } from './spans.js';

/**
 * How a set of proposals compares with a hand-made bundle of the same text, per kind of fact:
 * - an actor counts when it is the same actor (matched to it, or named by its name, an alias or a shorter form);
 * - a relation when its source, target (either way round for meetings, talks and contacts) and category agree;
 * - an event when its date agrees and at least half of the bundle's participants are among its own;
 * - statements, figures, positions and attributions when their evidence overlaps;
 * and a matched proposal's evidence counts when it overlaps the bundle's evidence for that fact.
 */

export interface TypeScore {
  type: ProposalType;
  /** Facts of this kind in the bundle. */
  gold: number;
  proposed: number;
  /** Proposals that matched a bundle fact (each bundle fact matched once). */
  matched: number;
  precision: number;
  recall: number;
  /** Of the matched proposals, the share whose evidence overlaps the bundle fact's. */
  evidence: number;
}

type Gold = Omit<StoryBundle, 'format' | 'document'>;

const MUTUAL = new Set<string>([RelationKind.MET_WITH, RelationKind.NEGOTIATED_WITH, RelationKind.CONSULTED]);
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

const normal = normalName;

/** Where a bundle fact's quotes stand; quotes the text does not hold are left out. */
function spansOf(text: string, evidence: readonly EvidenceQuote[]): TextSpan[] {
  return evidence.flatMap((quote) => {
    try {
      return [locateQuote(text, quote)];
    } catch {
      return [];
    }
  });
}

const anyOverlap = (a: readonly TextSpan[], b: readonly TextSpan[]) => a.some((x) => b.some((y) => overlaps(x, y)));

/** The bundle's actors as the evaluation's known actors. */
export function knownActorsOf(bundle: Pick<StoryBundle, 'actors'>): KnownActor[] {
  return bundle.actors.map(({ slug, name, aliases, kind }) => ({ slug, name, aliases, kind }));
}

/** Whether a proposed name is a bundle actor's: the same name or alias, or its shorter form ("Erikson"). */
function sameName(proposed: readonly string[], actor: Gold['actors'][number], loose: boolean): boolean {
  const theirs = [actor.name, ...actor.aliases].map(normal);
  const ours = proposed.map(normal);
  if (ours.some((name) => theirs.includes(name))) return true;
  if (!loose) return false;
  // A shorter form: the proposed words end one of the bundle's names ("biden’s administration" of "joe biden’s
  // administration"), a surname alone only for a person.
  return ours.some((name) =>
    theirs.some((their) => {
      if (!their.endsWith(` ${name}`)) return false;
      return name.includes(' ') || actor.kind === ActorKind.PERSON;
    }),
  );
}

interface Pairing {
  score: TypeScore;
  /** Proposed actor slug → the bundle's. */
  actors: Map<string, string>;
}

function score(type: ProposalType, gold: number, proposed: number, pairs: { evidenceOverlaps: boolean }[]): TypeScore {
  return {
    type,
    gold,
    proposed,
    matched: pairs.length,
    precision: ratio(pairs.length, proposed),
    recall: ratio(pairs.length, gold),
    evidence: ratio(pairs.filter((pair) => pair.evidenceOverlaps).length, pairs.length),
  };
}

function matchActors(text: string, proposals: Proposal[], gold: Gold): Pairing {
  const actors = new Map<string, string>();
  const taken = new Set<string>();
  const pairs: { evidenceOverlaps: boolean }[] = [];
  const proposed = proposals
    .flatMap((p) => (p.type === 'actors' ? [p] : []))
    .sort((a, b) => b.confidence - a.confidence);
  for (const loose of [false, true]) {
    for (const proposal of proposed) {
      if (actors.has(proposal.fact.slug)) continue;
      const names = [proposal.fact.name, ...(proposal.fact.aliases ?? [])];
      const actor = gold.actors.find(
        (candidate) =>
          !taken.has(candidate.slug) &&
          (proposal.matches ? proposal.matches === candidate.slug : sameName(names, candidate, loose)),
      );
      if (!actor) continue;
      actors.set(proposal.fact.slug, actor.slug);
      taken.add(actor.slug);
      pairs.push({ evidenceOverlaps: anyOverlap(proposal.spans, spansOf(text, actor.evidence)) });
    }
  }
  return { actors, score: score('actors', gold.actors.length, proposed.length, pairs) };
}

/** Pairs each proposal with the first unmatched bundle fact it agrees with. */
function pairUp<P, G>(
  type: ProposalType,
  proposals: readonly P[],
  golds: readonly G[],
  agrees: (proposal: P, gold: G) => boolean,
  evidenceOverlaps: (proposal: P, gold: G) => boolean,
): TypeScore {
  const taken = new Set<G>();
  const pairs: { evidenceOverlaps: boolean }[] = [];
  for (const proposal of proposals) {
    const gold = golds.find((candidate) => !taken.has(candidate) && agrees(proposal, candidate));
    if (gold === undefined) continue;
    taken.add(gold);
    pairs.push({ evidenceOverlaps: evidenceOverlaps(proposal, gold) });
  }
  return score(type, golds.length, proposals.length, pairs);
}

function rangeOf(date: string | PartialDateSpec | undefined, publishedAt: string): string | undefined {
  if (date === undefined) return undefined;
  try {
    const resolved = resolvePartialDate(date, publishedAt);
    return `${resolved.start}/${resolved.end}`;
  } catch {
    return undefined;
  }
}

/** Scores proposals for a text against the bundle made by hand for it. */
export function evaluateProposals(
  text: string,
  proposals: readonly Proposal[],
  bundle: Pick<StoryBundle, 'document'> & Gold,
): TypeScore[] {
  const publishedAt = bundle.document.publishedAt.date;
  const sorted = [...proposals].sort((a, b) => b.confidence - a.confidence);
  const { actors, score: actorScore } = matchActors(text, sorted, bundle);
  const as = (slug: string | undefined) => (slug === undefined ? undefined : (actors.get(slug) ?? `proposed:${slug}`));
  const of = <T extends ProposalType>(type: T) =>
    sorted.flatMap((p) => (p.type === type ? [p as Extract<Proposal, { type: T }>] : []));
  const evidenceOverlaps = (proposal: Proposal, gold: { evidence: EvidenceQuote[] }) =>
    anyOverlap(proposal.spans, spansOf(text, gold.evidence));
  const byEvidence = (proposal: Proposal, gold: { evidence: EvidenceQuote[] }) => evidenceOverlaps(proposal, gold);

  const relations = pairUp(
    'relations',
    of('relations'),
    bundle.relations,
    ({ fact }, gold) => {
      if (!isRelationKind(fact.kind) || !isRelationKind(gold.kind)) return false;
      if (categoryOf(fact.kind) !== categoryOf(gold.kind)) return false;
      const source = as(fact.source);
      const target = as(fact.target);
      if (source === gold.source && target === gold.target) return true;
      return MUTUAL.has(fact.kind) && MUTUAL.has(gold.kind) && source === gold.target && target === gold.source;
    },
    evidenceOverlaps,
  );
  const events = pairUp(
    'events',
    of('events'),
    bundle.events,
    ({ fact }, gold) => {
      const date = rangeOf(fact.date, publishedAt);
      if (date === undefined || date !== rangeOf(gold.date, publishedAt)) return false;
      const ours = new Set(fact.participants.map((participant) => as(participant.actor)));
      const shared = gold.participants.filter((participant) => ours.has(participant.actor)).length;
      return shared * 2 >= gold.participants.length;
    },
    evidenceOverlaps,
  );
  return [
    actorScore,
    pairUp('positions', of('positions'), bundle.positions, byEvidence, byEvidence),
    pairUp('attributions', of('attributions'), bundle.attributions, byEvidence, byEvidence),
    relations,
    events,
    pairUp('statements', of('statements'), bundle.statements, byEvidence, byEvidence),
    pairUp('figures', of('figures'), bundle.figures, byEvidence, byEvidence),
  ];
}

/** The scores as a table, one line per kind of fact. */
export function formatScores(title: string, scores: readonly TypeScore[]): string {
  const percent = (value: number) => `${(value * 100).toFixed(0)}%`.padStart(5);
  const lines = scores.map(
    (s) =>
      `${s.type.padEnd(13)}${String(s.gold).padStart(5)}${String(s.proposed).padStart(9)}${String(s.matched).padStart(8)}` +
      `${percent(s.precision).padStart(10)}${percent(s.recall).padStart(8)}${percent(s.evidence).padStart(10)}`,
  );
  return [title, 'type          gold proposed matched precision  recall  evidence', ...lines].join('\n');
}
