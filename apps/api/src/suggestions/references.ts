import { ActorKind } from '../actor/actor-kind.js';
import type { Cast, Mention } from './actors.js';
import type { TextSpan } from './proposal.js';
import type { Passage } from './spans.js';
import { KIND_HEADS, NOT_A_COMPANY, REFERRING_HEADS, UNION_NAME } from './vocabulary.js';

/**
 * Words that refer back to actors named before them: "he"/"she" to the last person named, "him"/"her" as an object
 * to the last person of the sentence other than its subject, "it" as a subject to the sentence's (or the previous
 * one's) first actor that is no person, "they" to the last actors named together ("A and B … They had met Feb. 23"),
 * "both sides" to the last two actors named together (or else the two first actors of the sentence, or of the one
 * before), and a definite description ("the government", "the committee", "the finance ministry") to the last actor
 * whose name has that head ("the company", "the group": of that kind). Each becomes a mention of what it refers to,
 * with the words' own span; a plural reference is one mention per actor, all with the same span.
 */

const PERSONAL = /\b(?:[Hh]e|[Ss]he)\b/g;
/** "pressed her to", "met him on": an object pronoun ("her" before a noun is a possessive). */
const OBJECT_PERSONAL =
  /\b(?:him|her(?=\s+(?:to|and|in|on|at|for|with|about|that|over|into|again|after|before)\b|\s*[,.;]))/g;
/** "it" as the subject of a verb: "said it would back …". */
const IT_SUBJECT =
  /\b[Ii]t(?=\s+(?:would|will|had|has|was|is|could|can|may|might|should|said|says|wants|wanted|planned|plans|did|does)\b)/g;
const PLURAL = /\b(?:[Tt]hey|[Tt]hem)\b/g;
const SIDES = /\b(?:[Bb]oth sides|[Tt]he two sides|[Bb]oth parties|[Tt]he two parties)\b/g;

/** How far back (in sentences) a reference looks for what it refers to. */
const REACH = 2;

interface Found {
  start: number;
  end: number;
  actors: string[];
}

/** Relative clauses (", which …", ", who …", up to the next comma): where each stands in a sentence. */
export function relativeClauses(text: string, sentence: TextSpan): TextSpan[] {
  const found: TextSpan[] = [];
  for (const match of text.slice(sentence.start, sentence.end).matchAll(/,\s+(?:who|which)\b[^,;:]*/g)) {
    found.push({ start: sentence.start + match.index, end: sentence.start + match.index + match[0].length });
  }
  return found;
}

/** A mention after a preposition is no subject, and so less likely what a later pronoun means. */
const AFTER_PREPOSITION = /\b(?:of|to|in|on|with|by|for|from|at|against|about|over)\s+(?:the\s+)?$/;

const distinct = (mentions: readonly Mention[]) => [...new Map(mentions.map((m) => [m.actor, m])).values()];

/** The actors named one after another with "and" between them, each group in the order of the text. */
function groupsOf(text: string, mentions: readonly Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  let group: Mention[] = [];
  for (const mention of mentions) {
    const last = group.at(-1);
    const between = last ? text.slice(last.end, mention.start) : '';
    if (last && /^(?:,\s*)?\s*(?:and|as well as)\s+(?:the\s+)?(?:[a-z]+\s+){0,5}$/.test(between)) {
      group.push(mention);
      continue;
    }
    if (group.length) groups.push(group);
    group = [mention];
  }
  if (group.length) groups.push(group);
  return groups.filter((g) => distinct(g).length >= 2);
}

/** Mentions that refer back, resolved against the cast's mentions and the references before them. */
export function referencesIn(text: string, sentences: readonly Passage[], cast: Cast): Mention[] {
  const found: Found[] = [];
  const kindOf = (slug: string) => cast.actors.get(slug)?.kind;
  // A dateline's wire is no actor of the story a reference could mean.
  const storyStart = sentences[0]?.start ?? 0;
  const named = cast.mentions.filter((mention) => !mention.modifier && mention.start >= storyStart);
  const relatives = sentences.flatMap((sentence) => relativeClauses(text, sentence));
  /** Whether a mention stands where a subject would: not after a preposition, not inside a relative clause. */
  const subjectLike = (m: Mention) =>
    !AFTER_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
    !relatives.some((c) => c.start < m.start && m.end <= c.end);
  const taken = (start: number, end: number) => cast.mentions.some((m) => m.start < end && start < m.end);
  const resolvedBefore = (at: number): Mention[] =>
    [
      ...named.filter((m) => m.end <= at),
      ...found.filter((f) => f.end <= at).flatMap((f) => f.actors.map((actor) => ({ ...f, actor, modifier: false }))),
    ].sort((a, b) => a.start - b.start);
  for (const [index, sentence] of sentences.entries()) {
    const from = sentences[Math.max(0, index - REACH)]?.start ?? sentence.start;
    const local: Found[] = [];
    for (const match of sentence.text.matchAll(PERSONAL)) {
      const start = sentence.start + match.index;
      // Inside a quotation a pronoun is the speaker's, not the narrator's.
      if ((text.slice(sentence.start, start).match(/[“”"]/g) ?? []).length % 2 === 1) continue;
      const people = resolvedBefore(start).filter((m) => m.start >= from && kindOf(m.actor) === ActorKind.PERSON);
      const person = people.filter(subjectLike).at(-1) ?? people.at(-1);
      if (person) local.push({ start, end: start + match[0].length, actors: [person.actor] });
    }
    for (const match of sentence.text.matchAll(OBJECT_PERSONAL)) {
      const start = sentence.start + match.index;
      if ((text.slice(sentence.start, start).match(/[“”"]/g) ?? []).length % 2 === 1) continue;
      const here = resolvedBefore(start).filter(
        (m) => m.start >= sentence.start && kindOf(m.actor) === ActorKind.PERSON,
      );
      const subject = here[0]?.actor;
      const person =
        here.filter((m) => m.actor !== subject).at(-1) ??
        resolvedBefore(start)
          .filter((m) => m.start >= from && kindOf(m.actor) === ActorKind.PERSON && m.actor !== subject)
          .at(-1);
      if (person) local.push({ start, end: start + match[0].length, actors: [person.actor] });
    }
    for (const match of sentence.text.matchAll(IT_SUBJECT)) {
      const start = sentence.start + match.index;
      if ((text.slice(sentence.start, start).match(/[“”"]/g) ?? []).length % 2 === 1) continue;
      const firstOf = (span: TextSpan | undefined, until: number) =>
        span
          ? named.find(
              (m) =>
                m.start >= span.start && m.end <= Math.min(span.end, until) && kindOf(m.actor) !== ActorKind.PERSON,
            )
          : undefined;
      const thing = firstOf(sentence, start) ?? firstOf(sentences[index - 1], start);
      if (thing) local.push({ start, end: start + match[0].length, actors: [thing.actor] });
    }
    for (const match of sentence.text.matchAll(PLURAL)) {
      const start = sentence.start + match.index;
      if ((text.slice(sentence.start, start).match(/[“”"]/g) ?? []).length % 2 === 1) continue;
      const before = resolvedBefore(start).filter(
        (m) => m.start >= from && !relatives.some((c) => c.start < m.start && m.end <= c.end),
      );
      const group = groupsOf(text, before).at(-1);
      const actors = group
        ? distinct(group).map((m) => m.actor)
        : [before.filter((m) => kindOf(m.actor) === ActorKind.GROUP).at(-1)?.actor].filter(
            (actor): actor is string => actor !== undefined,
          );
      if (actors.length) local.push({ start, end: start + match[0].length, actors });
    }
    for (const match of sentence.text.matchAll(SIDES)) {
      const start = sentence.start + match.index;
      // "Halvorsen and the union resumed talks. A mediator sat down with both sides": the last two named together.
      const together = groupsOf(
        text,
        resolvedBefore(start).filter(
          (m) => m.start >= from && !relatives.some((c) => c.start < m.start && m.end <= c.end),
        ),
      )
        .map(distinct)
        .filter((group) => group.length === 2)
        .at(-1);
      const here = distinct(resolvedBefore(start).filter((m) => m.start >= sentence.start));
      const previous = sentences[index - 1];
      const there = previous ? distinct(named.filter((m) => m.start >= previous.start && m.end <= previous.end)) : [];
      const two = (together ?? (here.length >= 2 ? here : there)).slice(0, 2);
      if (two.length === 2) local.push({ start, end: start + match[0].length, actors: two.map((m) => m.actor) });
    }
    for (const match of sentence.text.matchAll(REFERRING_HEADS)) {
      const start = sentence.start + match.index + match[0].length - (match[1] ?? '').length;
      const end = sentence.start + match.index + match[0].length;
      if (taken(start, end)) continue;
      const words = (match[1] ?? '').toLowerCase();
      const head = words.split(' ').at(-1) ?? '';
      const government = head === 'government' || head === 'administration';
      const earlier = named.filter((m) => m.end <= start);
      const byName = (m: Mention) => {
        const actor = cast.actors.get(m.actor);
        if (!actor) return false;
        if (government) return actor.kind === ActorKind.GOVERNMENT;
        // "the mediation service" of "Federal Mediation and Conciliation Service": every word, in any order.
        return [actor.name, ...actor.aliases].some((name) =>
          words.split(' ').every((word) => new RegExp(`\\b${word}\\b`).test(name.toLowerCase())),
        );
      };
      let antecedents = earlier.filter(byName);
      // An organisation named only within a title ("a commissioner at the Federal Mediation … Service").
      if (!antecedents.length) {
        antecedents = cast.mentions.filter((m) => m.modifier && m.start >= storyStart && m.end <= start && byName(m));
      }
      const kindHead = KIND_HEADS[head];
      if (!antecedents.length && kindHead) {
        // "the company": the last company named; "the group", "the union": the last group or organisation.
        antecedents = earlier.filter((m) => {
          const actor = cast.actors.get(m.actor);
          if (!actor) return false;
          if (kindHead === 'group') return actor.kind === ActorKind.GROUP || actor.kind === ActorKind.ORGANIZATION;
          // "the union": one whose name says so, or that the text has called a union ("the X union").
          if (kindHead === 'union') return UNION_NAME.test(actor.name) || /^\s+union\b/.test(text.slice(m.end));
          return actor.kind === ActorKind.ORGANIZATION && !NOT_A_COMPANY.test(actor.name);
        });
      }
      // "the group" is a group or a body (a council, an association) before it is a company.
      if (KIND_HEADS[head] === 'group') {
        const bodies = antecedents.filter((m) => {
          const actor = cast.actors.get(m.actor);
          return actor?.kind === ActorKind.GROUP || NOT_A_COMPANY.test(actor?.name ?? '');
        });
        if (bodies.length) antecedents = bodies;
      }
      const antecedent = antecedents.filter(subjectLike).at(-1) ?? antecedents.at(-1);
      if (antecedent) local.push({ start, end, actors: [antecedent.actor] });
    }
    found.push(...local.sort((a, b) => a.start - b.start));
  }
  return found
    .flatMap((f) => f.actors.map((actor) => ({ start: f.start, end: f.end, actor, modifier: false })))
    .sort((a, b) => a.start - b.start);
}
