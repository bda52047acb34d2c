import { Modality } from '../common/modality.js';
import type { Mention } from './actors.js';
import type { Proposal, TextSpan } from './proposal.js';
import type { Reading } from './reading.js';
import { attributionAt, mentionsIn } from './reading.js';
import { relativeClauses } from './references.js';
import { POSSIBLE_MARKERS, RELATION_VERBS, REQUEST_VERBS, type RelationVerb } from './relation-verbs.js';
import { verbForms } from './lexicon.js';
import { quoteOf, trimmed } from './spans.js';
import { dateIn } from './dates.js';

/** A lexicon entry found in a sentence. */
interface Trigger extends TextSpan {
  verb: RelationVerb;
  words: string;
}

let compiled: { verb: RelationVerb; pattern: RegExp; notBefore?: RegExp }[] | undefined;

/** The lexicon as patterns: each lemma with every form compromise conjugates for it. */
function lexicon(): { verb: RelationVerb; pattern: RegExp; notBefore?: RegExp }[] {
  compiled ??= RELATION_VERBS.map((verb) => {
    const notBefore = verb.notBefore ? new RegExp(`^${verb.notBefore}`, 'u') : undefined;
    if (verb.pattern) return { verb, pattern: new RegExp(`(?<![\\w-])${verb.pattern}\\b`, 'g'), notBefore };
    const alternatives = verbForms(verb.lemma ?? '')
      .sort((a, b) => b.length - a.length)
      .join('|');
    // "US-backed" is an adjective, not the verb.
    return { verb, pattern: new RegExp(`(?<![\\w-])(?:${alternatives})\\b`, 'g'), notBefore };
  });
  return compiled;
}

function triggersIn(text: string, sentence: TextSpan): Trigger[] {
  const words = text.slice(sentence.start, sentence.end);
  const all: Trigger[] = [];
  for (const { verb, pattern, notBefore } of lexicon()) {
    for (const match of words.matchAll(pattern)) {
      const start = sentence.start + match.index;
      if (notBefore?.test(words.slice(match.index + match[0].length))) continue;
      all.push({ start, end: start + match[0].length, verb, words: match[0] });
    }
  }
  // Of overlapping triggers the longest wins: "helped organize the meeting with" over "meeting".
  const found: Trigger[] = [];
  const longest = (a: Trigger, b: Trigger) =>
    b.end - b.start - (a.end - a.start) || Number(Boolean(b.verb.pattern)) - Number(Boolean(a.verb.pattern));
  for (const trigger of all.sort(longest)) {
    if (!found.some((other) => trigger.start < other.end && other.start < trigger.end)) found.push(trigger);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The clause a trigger stands in: up to a semicolon, colon, or the next trigger's clause. */
const CLAUSE_END = /[;:]|, (?:and|but|before|after|while|who|which)\b|\. /;

/** How far after its verb (in characters) an object may start: "reinstate sanctions against the nation’s …". */
const OBJECT_REACH = 50;

/** What may stand between two coordinated actors: "and", then a title ("and Maduro’s head negotiator"). */
const COORDINATION =
  /^(?:\s+of\s+(?:the\s+)?(?:[A-Z][\p{L}’']*\s*)+)?(?:,|\s)*(?:and|as well as)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:(?:[a-z-]+\s+){1,3}of\s+(?:its\s+|the\s+)?)?(?:(?:[A-Z][\p{L}’']*|head|chief|deputy|acting|senior|special|foreign|trade|negotiator|minister|envoy|adviser|presidential|candidate|opposition)\s+){0,5}$/u;

/** "A and B": the mentions coordinated with `mention`, before it in the same noun phrase. */
function coordinated(reading: Reading, mentions: Mention[], index: number): Mention[] {
  const group = [mentions[index]].filter((m): m is Mention => m !== undefined);
  for (let i = index - 1; i >= 0; i -= 1) {
    const before = mentions[i];
    const after = group[0];
    if (!before || !after) break;
    const between = reading.text.slice(before.end, after.start);
    const same = before.start === after.start && before.end === after.end;
    // "A, B and C": a comma joins a list that "and" closes.
    const listed = group.length > 1 && /^,\s+(?:the\s+)?$/.test(between);
    if (!same && !listed && !COORDINATION.test(between)) break;
    group.unshift(before);
  }
  return group;
}

/** "X was pressured by Y": a passive before the verb, its agent after "by". */
const PASSIVE_LEAD = /\b(?:was|were|is|are|been|being|be|get|got)\s+(?:(?:\w+ly|also|not|then|later|reportedly)\s+)*$/;
/** "by China", "by the IMF", "by its largest shareholder, Nordhavn Capital". */
const BY_AGENT = /^\s+by\s+(?:(?:the|its|their|his|her|an?)\s+)?(?:(?:[a-z-]+\s+){0,3}[a-z-]+,\s+)?$/;
/** What may stand between a verb and its object when the verb is to have none but an article ("threatened the"). */
const CLOSE_OBJECT = /^\s+(?:(?:the|its|their|his|her)\s+)?$/;
/** A meeting's object without "with": "met Shide", "met its bondholders", "met secretly the …". */
const DIRECT_MEETING = /^\s+(?:(?:the|an?|its|their|his|her|again|secretly|privately|separately)\s+)*$/;
/** An actor after one of these is no object of the verb before it ("asked for American support at the IMF"). */
const NOT_OBJECT = /^\s+(?:for|at|in|about|over|from|after|since|during)\b/;

/** What stands between a name and an apposition after it: "Ruth Callahan, a Michigan Democrat". */
const APPOSITION_BEFORE = /^,\s+(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){0,3}$/u;

/** A subordinate clause with a verb of its own opens here. */
const SUBORDINATE = /\b(?:as|while|when|because|after|before|if|until|although|though)\s+(?!\w+ing\b)/g;

/**
 * What a relative clause stands for: the last actor of the nearest comma-separated stretch before it that ends with
 * one ("China, Ethiopia’s largest bilateral lender, which backed …" → China), passing over an apposition.
 */
function antecedentOf(text: string, sentence: TextSpan, clause: TextSpan, mentions: Mention[]): Mention | undefined {
  let end = clause.start;
  for (let step = 0; step < 3 && end > sentence.start; step += 1) {
    const comma = text.lastIndexOf(',', end - 1);
    const start = comma < sentence.start ? sentence.start : comma + 1;
    const wordsEnd = start + text.slice(start, end).trimEnd().length;
    const last = mentions.filter((m) => m.start >= start && m.end === wordsEnd && !m.modifier).at(-1);
    if (last) return last;
    end = comma;
  }
  return undefined;
}

/** Relations: for each lexicon verb, its subject (source) and object (target) among the sentence's actors. */
export function proposeRelations(reading: Reading): Proposal[] {
  const { text } = reading;
  const proposals: Proposal[] = [];
  const seen = new Set<string>();
  const add = (
    kind: string,
    source: Mention,
    target: Mention,
    span: TextSpan,
    modality: Modality,
    confidence: number,
  ) => {
    if (source.actor === target.actor) return;
    const id = `${kind}:${source.actor}:${target.actor}`;
    if (seen.has(id)) return;
    seen.add(id);
    const evidence = trimmed(text, span, /[\s,;:.]+$/);
    const date = dateIn(reading, evidence);
    proposals.push({
      type: 'relations',
      fact: {
        key: `${source.actor}-${kind.toLowerCase().replace(/_/g, '-')}-${target.actor}`.slice(0, 120),
        kind,
        source: source.actor,
        target: target.actor,
        summary: text.slice(evidence.start, evidence.end),
        ...(modality === Modality.ACTUAL ? {} : { modality }),
        ...(date ? { date } : {}),
        attribution: attributionAt(reading, evidence.start),
        evidence: [quoteOf(text, evidence)],
      },
      spans: [evidence],
      confidence,
    });
  };
  for (const sentence of reading.sentences) {
    const mentions = mentionsIn(reading, sentence, { references: true });
    if (mentions.length < 2) continue;
    const triggers = triggersIn(text, sentence);
    const relatives = relativeClauses(text, sentence);
    /** A subject handed on by "urged X to <verb>" to the verb it governs, with its modality. */
    const handed = new Map<Trigger, { source: Mention; modality: Modality }>();
    for (const [index, trigger] of triggers.entries()) {
      const clauseEndMatch = CLAUSE_END.exec(text.slice(trigger.end, sentence.end));
      const next = triggers[index + 1];
      const clauseEnd = Math.min(
        clauseEndMatch ? trigger.end + clauseEndMatch.index : sentence.end,
        next?.start ?? sentence.end,
      );
      const before = mentions.filter((mention) => mention.end <= trigger.start);
      let after = mentions.filter((mention) => mention.start >= trigger.end && mention.start < clauseEnd);
      const lead = text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start);
      let modality = trigger.verb.modality ?? Modality.ACTUAL;
      if (POSSIBLE_MARKERS.test(lead)) modality = Modality.POSSIBLE;
      const given = handed.get(trigger);
      if (given) modality = given.modality;
      let between: Mention[] | undefined;
      if (trigger.verb.object === 'with') {
        const withAt = text.slice(trigger.end, clauseEnd).search(/\bwith\b/);
        if (withAt !== -1) after = after.filter((mention) => mention.start > trigger.end + withAt);
        // "met Shide": a meeting's object may follow without "with".
        else {
          const first = after.findIndex((mention) => DIRECT_MEETING.test(text.slice(trigger.end, mention.start)));
          after = first === -1 ? [] : after.slice(first);
        }
      }
      if (trigger.verb.object === 'between') {
        // "talks between Ethiopia and the bondholders": each pair of the coordinated actors after the words.
        const first = after[0];
        if (!first || !/^\s+(?:the\s+)?$/.test(text.slice(trigger.end, first.start))) continue;
        let group = [first];
        for (const mention of after.slice(1)) {
          const last = group.at(-1);
          if (!last) break;
          const same = last.start === mention.start;
          if (!same && !/^\s*(?:,|and)\s*(?:and\s+)?(?:the\s+)?$/.test(text.slice(last.end, mention.start))) break;
          group = [...group, mention];
        }
        if (trigger.verb.mutual) {
          for (let i = 0; i + 1 < group.length; i += 1) {
            const a = group[i];
            const b = group[i + 1];
            if (a && b) add(trigger.verb.kind, a, b, { start: trigger.start, end: b.end }, modality, 0.55);
          }
          continue;
        }
        // "mediated talks between A and B": the subject did it for each of them.
        between = group;
      }
      if (trigger.verb.object === 'backing') {
        // "with US backing": the backer stands just before the word, the backed is the clause's subject.
        const backer = before.at(-1);
        const backed = mentions.find(
          (mention) => mention.start >= sentence.start && mention.end <= (backer?.start ?? 0),
        );
        if (backer && backed && /with\s+$/.test(text.slice(backer.start - 6, backer.start))) {
          add(
            trigger.verb.kind,
            backer,
            backed,
            { start: trigger.start - (trigger.start - backer.start) - 5, end: trigger.end },
            modality,
            0.6,
          );
        }
        continue;
      }
      // The subject: handed on; in a relative clause, what the clause stands for; else the nearest actor before the
      // verb that is neither a prepositional object nor inside a relative clause that closed before the verb.
      let source = given?.source;
      const relative = relatives.find((clause) => clause.start < trigger.start && trigger.start < clause.end);
      if (!source && relative && !before.some((m) => m.start > relative.start)) {
        source = antecedentOf(text, sentence, relative, mentions);
      }
      if (!source) {
        // A finite clause ("…, as the IMF pressed", "before the Maduro government called") has its own subject; a
        // participle ("before sitting down with") shares the sentence's.
        const opening = [...text.slice(sentence.start, trigger.end).matchAll(SUBORDINATE)]
          .filter((match) => sentence.start + match.index < trigger.start)
          .at(-1);
        const from = opening ? sentence.start + opening.index : sentence.start;
        const closed = (m: Mention) =>
          relatives.some((c) => c.start < m.start && c.end <= trigger.start && m.end <= c.end);
        const prepositional = (m: Mention) =>
          /\b(?:of|to|in|on|against|from|about|at|with|by)\s+(?:the\s+)?$/.test(
            text.slice(Math.max(sentence.start, m.start - 12), m.start),
          );
        // "Reyna spoke by phone with Salo and Okafor and pressed both sides": a second verb joined by "and" shares
        // the first one's subject, not the object before it.
        const sharesSubject = /\band\s+(?:(?:also|then|later|\w+ly)\s+)?$/.test(text.slice(from, trigger.start));
        const first = before.find((m) => m.start >= from && !closed(m) && !prepositional(m));
        if (sharesSubject && first) source = first;
        for (let i = before.length - 1; i >= 0 && !source; i -= 1) {
          const candidate = before[i];
          if (!candidate || candidate.start < from) break;
          if (closed(candidate)) continue;
          if (prepositional(candidate) && i > 0) continue;
          // "Senator Ruth Callahan, a Michigan Democrat, condemned …": the apposition describes the subject before it.
          if (i > 0 && APPOSITION_BEFORE.test(text.slice(before[i - 1]?.end ?? 0, candidate.start))) {
            if (/^\s*,/.test(text.slice(candidate.end, trigger.start))) continue;
          }
          source = candidate;
          break;
        }
      }
      // "flew to Caracas": a place, not an actor, is what was visited.
      const place = reading.cast.places.find(
        (candidate) => candidate.start >= trigger.end && candidate.start <= trigger.end + 5,
      );
      // An object stands close to its verb; an actor further on belongs to another phrase.
      const reach = trigger.verb.reach ?? OBJECT_REACH;
      let target = between
        ? between[0]
        : place
          ? undefined
          : after.find(
              (mention) =>
                mention.start - trigger.end <= Math.max(reach, 5) &&
                (reach > 0 || CLOSE_OBJECT.test(text.slice(trigger.end, mention.start))),
            );
      if (target && NOT_OBJECT.test(text.slice(trigger.end, target.start))) target = undefined;
      // "X was pressured by Y": Y did it to X.
      const agent = after.find((mention) => BY_AGENT.test(text.slice(trigger.end, mention.start)));
      if (source && agent && PASSIVE_LEAD.test(text.slice(source.end, trigger.start))) {
        add(trigger.verb.kind, agent, source, { start: source.start, end: agent.end }, modality, 0.6);
        continue;
      }
      const evidenceStart = Math.min(source?.start ?? trigger.start, trigger.start);
      if (source && target) {
        // "Jim Risch and Ted Cruz urged …": every coordinated subject (one named by "they" stands for several).
        const sourceIndex = before.indexOf(source);
        const sources = sourceIndex === -1 || given ? [source] : coordinated(reading, before, sourceIndex);
        const targets = between ? [...between] : [target];
        // "prevented Machado and Yoris": every coordinated object.
        let last = target;
        for (const next of between ? [] : after.slice(after.indexOf(target) + 1)) {
          const same = next.start === last.start;
          if (!same && !COORDINATION.test(text.slice(last.end, next.start))) break;
          targets.push(next);
          last = next;
        }
        for (const [s, from] of sources.entries()) {
          for (const [t, to] of targets.entries()) {
            add(
              trigger.verb.kind,
              from,
              to,
              { start: Math.min(from.start, evidenceStart), end: to.end },
              modality,
              s === 0 && t === 0 ? (given ? 0.55 : 0.65) : 0.55,
            );
          }
        }
        // "urged X to pressure Y": the next verb is X's, asked for.
        if (REQUEST_VERBS.some((lemma) => trigger.verb.lemma === lemma || trigger.verb.pattern?.startsWith(lemma))) {
          const following = triggers[index + 1];
          if (following && /^\s+to\s+$/.test(text.slice(target.end, following.start))) {
            handed.set(following, { source: target, modality: Modality.REQUESTED });
          }
        }
        if (trigger.verb.modality === Modality.THREATENED) {
          const following = triggers[index + 1];
          if (following && /^\s+to\s+$/.test(text.slice(trigger.end, following.start))) {
            handed.set(following, { source, modality: Modality.THREATENED });
          }
        }
      } else if (source && !target && trigger.verb.modality === Modality.THREATENED) {
        const following = triggers[index + 1];
        if (following && /^\s+to\s+$/.test(text.slice(trigger.end, following.start))) {
          handed.set(following, { source, modality: Modality.THREATENED });
        }
      } else if (!target && trigger.verb.mutual) {
        // "A and B met": each pair of the coordinated subjects.
        // "A and B, including C and D, met": each pair, in each coordinated group.
        // "A and B, which includes C, met": not C.
        const subjects = before.filter(
          (m) => !relatives.some((c) => c.start < m.start && m.end <= c.end && c.end <= trigger.start),
        );
        let last = subjects.length - 1;
        while (last >= 0) {
          const group = coordinated(reading, subjects, last);
          for (let i = 0; i + 1 < group.length; i += 1) {
            const a = group[i];
            const b = group[i + 1];
            if (a && b) add(trigger.verb.kind, a, b, { start: a.start, end: trigger.end }, modality, 0.55);
          }
          const first = group[0];
          const previous = subjects[last - group.length];
          if (!first || !previous || !/^,\s+including\b/.test(text.slice(previous.end, first.start))) break;
          last -= group.length;
        }
      }
    }
  }
  return proposals;
}
