import { DatePrecision } from '../common/partial-date.js';
import { EventKind } from '../event/event-kind.js';
import type { Proposal, TextSpan } from './proposal.js';
import type { Reading } from './reading.js';
import { attributionAt, mentionsIn } from './reading.js';
import { datesIn } from './dates.js';
import { MET_DEMANDS } from './relation-verbs.js';
import { quoteOf, slugOf, trimmed, type Passage } from './spans.js';

/** Words that make an event of a clause, by kind. */
const EVENT_WORDS: readonly { kind: EventKind; pattern: RegExp }[] = [
  {
    kind: EventKind.VISIT,
    pattern:
      /\b(?:flew|flies|fly|travel(?:l?ed|s)?) to\b|\b(?:visit(?:ed|s|ing)|will visit|to visit)\b|\b(?:a|his|her|their|its) visit to\b/,
  },
  {
    kind: EventKind.MEETING,
    pattern:
      /\b(?:met|meet|meets|(?<!the )meeting with|meetings? between|sat down with|sitting down with|talks in|held talks|(?:resumed|reopened|opened|began|started) (?:\w+ )?talks|(?:a|another|the) (?:[\w-]+ )?round of (?:talks|negotiations)|summit|hosted|(?:spoke|talked) by (?:phone|telephone)|(?:phone|telephone|video) call)\b/,
  },
  // "agreed in March to reschedule", "signed an agreement"; not "agreed to meet".
  {
    kind: EventKind.AGREEMENT,
    pattern:
      /\bagreed (?:in|on|last|this)\b|\b(?:signed|reached|struck) (?:a|an|the) (?:[\w-]+ ){0,2}?(?:deal|agreement|accord|contract|truce|ceasefire|memorandum)\b/,
  },
  {
    kind: EventKind.DECISION,
    pattern: /\b(?:imposed|reimposed) (?:[\w-]+ ){0,2}(?:sanctions|restrictions|tariffs|duties)\b/,
  },
  { kind: EventKind.INTERVIEW, pattern: /\bin an? (?:radio |television |TV |phone )?interview\b/ },
  { kind: EventKind.PRIMARY, pattern: /\bprimary\b/ },
  { kind: EventKind.ELECTION, pattern: /\belection\b/ },
];

const METS_DEMANDS = new RegExp(`^${MET_DEMANDS}`, 'u');

/** A subordinate clause after the event's words: its date words are its own ("sat down … after X rebuffed Y on Monday"). */
const SUBORDINATE_AFTER = /\b(?:after|before|since|until|when|because|as)\s/;

/** Date words right after a reporting verb date the saying, not what is said: "said on Tuesday that he will visit …". */
const REPORTED_ON = /\b(?:said|says|told(?: \w+)?|announced|added|wrote)\s+(?:on\s+|late\s+|early\s+)?$/;

/** Words that put what a clause tells ahead of the publication. */
const FUTURE = /\b(?:expected to|will|is to|are to|plans? to|scheduled to|due to)\b/;

/** Relative day words that follow the previous event: "the same day", "the following morning". */
const RELATIVE_DAYS: readonly [RegExp, number][] = [
  [/\b(?:the|that) same day\b/i, 0],
  [/\bthe (?:following|next) (?:day|morning|afternoon|evening)\b/i, 1],
];

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Events: meetings, visits, interviews and elections, each with its date, place and participants. */
export function proposeEvents(reading: Reading, publisher: string | undefined): Proposal[] {
  const { text } = reading;
  const proposals: Proposal[] = [];
  const slugs = new Set<string>();
  let lastDay: string | undefined;
  /** Each proposed event's date range, to merge one event told twice. */
  const ranges = new Map<Proposal, { start: string; end: string }>();
  const width = (r: { start: string; end: string }) => Date.parse(r.end) - Date.parse(r.start);
  let previous: { sentence: Passage; date: ReturnType<typeof datesIn>[number] } | undefined;
  for (const sentence of reading.sentences) {
    const carried = previous;
    const sentenceDate = datesIn(reading, sentence)[0];
    previous = sentenceDate ? { sentence, date: sentenceDate } : undefined;
    const found: { kind: EventKind; at: number; end: number }[] = [];
    for (const { kind, pattern } of EVENT_WORDS) {
      const global = new RegExp(pattern.source, 'g');
      for (const match of sentence.text.matchAll(global)) {
        const at = sentence.start + match.index;
        if (found.some((other) => Math.abs(other.at - at) < 3)) continue;
        // "could not meet the union's demands" is no meeting.
        if (kind === EventKind.MEETING && METS_DEMANDS.test(sentence.text.slice(match.index + match[0].length)))
          continue;
        found.push({ kind, at, end: at + match[0].length });
      }
    }
    found.sort((a, b) => a.at - b.at);
    for (const [index, event] of found.entries()) {
      const clause: TextSpan = {
        start: index === 0 ? sentence.start : event.at,
        end: found[index + 1]?.at ?? sentence.end,
      };
      const words = text.slice(clause.start, clause.end);
      let date: string | { text: string; start: string; precision: DatePrecision } | undefined;
      let day: string | undefined;
      const relative = RELATIVE_DAYS.map(([pattern, shift]) => [pattern.exec(words), shift] as const).find(
        ([match]) => match,
      );
      // Without date words of its own, a clause about someone the previous sentence dated takes that date
      // ("On Thursday, … Murillo said …. “…,” Murillo said in a radio interview.").
      const own = datesIn(reading, clause).find((found) =>
        found.at < event.at
          ? !REPORTED_ON.test(text.slice(clause.start, found.at))
          : !SUBORDINATE_AFTER.test(text.slice(event.end, found.at)),
      );
      const inherited =
        carried &&
        mentionsIn(reading, carried.sentence).some((m) =>
          mentionsIn(reading, clause, { references: true }).some((n) => n.actor === m.actor),
        )
          ? carried.date
          : undefined;
      const resolved = own ?? inherited;
      if (relative?.[0] && lastDay) {
        day = addDays(lastDay, relative[1]);
        date = { text: relative[0][0], start: day, precision: DatePrecision.DAY };
      } else if (resolved) {
        date = resolved.words;
        if (resolved.start === resolved.end) day = resolved.start;
        // "are expected to meet again on June 30": a day to come, not the last June 30.
        const ahead = FUTURE.test(words) && resolved.start < reading.publishedAt;
        // "is expected to travel to Detroit on Saturday": the Saturday to come, not the last one.
        const weekday = /^(?:late |early )?[A-Z][a-z]+day(?: (?:morning|afternoon|evening|night))?$/.test(
          resolved.words,
        );
        if (ahead && (weekday || /^[A-Z][a-z]+\.? \d{1,2}$/.test(resolved.words))) {
          const next = weekday
            ? addDays(resolved.start, 7)
            : `${String(Number(resolved.start.slice(0, 4)) + 1)}${resolved.start.slice(4)}`;
          date = { text: resolved.words, start: next, precision: DatePrecision.DAY };
          day = next;
        }
      }
      if (!date) continue;
      if (day) lastDay = day;
      // A clause after the first shares the sentence's subject ("Petro flew …, before sitting down with Rosales").
      const subject = index > 0 ? mentionsIn(reading, sentence, { references: true })[0] : undefined;
      const participants = [...(subject ? [subject] : []), ...mentionsIn(reading, clause, { references: true })];
      if (!participants.length) continue;
      const place = reading.cast.places.find((candidate) => candidate.start >= event.at && candidate.end <= clause.end);
      const evidence = trimmed(text, clause, /[\s,;:.]+$/);
      let slug = slugOf(
        `${event.kind}-${text.slice(participants[0]?.start ?? 0, participants[0]?.end ?? 0)}-${resolved?.start ?? day ?? ''}`,
      ).slice(0, 100);
      for (let n = 2; slugs.has(slug); n += 1) slug = `${slug}-${String(n)}`;
      slugs.add(slug);
      const unique = [...new Map(participants.map((mention) => [mention.actor, mention])).values()];
      const range = day ? { start: day, end: day } : { start: resolved?.start ?? '', end: resolved?.end ?? '' };
      const same = proposals.find((other) => {
        const theirs = ranges.get(other);
        if (other.type !== 'events' || other.fact.kind !== event.kind || !theirs) return false;
        const nested =
          (theirs.start <= range.start && range.end <= theirs.end) ||
          (range.start <= theirs.start && theirs.end <= range.end);
        const theirActors = other.fact.participants.map((p) => p.actor);
        const ours = unique.map((m) => m.actor);
        if (!nested || !ours.some((actor) => theirActors.includes(actor))) return false;
        // Within a week, one shared participant is enough; within a month or more it takes the same people, or some
        // of them: "Dumont met Okafor last month" is not the meeting Brandt hosted for Okafor and Salo that month.
        const within = (a: string[], b: string[]) => a.every((actor) => b.includes(actor));
        const week = 7 * 86_400_000;
        const close = Math.max(width(range), width(theirs)) < week;
        return close || within(ours, theirActors) || within(theirActors, ours);
      });
      if (same?.type === 'events') {
        // One event told twice ("met this week", "met Tuesday"): the more precise date wins, participants join.
        const theirs = ranges.get(same);
        if (theirs && width(range) < width(theirs)) {
          same.fact.date = date;
          ranges.set(same, range);
        }
        if (!same.fact.location && place) same.fact.location = place.name;
        for (const mention of unique) {
          if (!same.fact.participants.some((p) => p.actor === mention.actor)) {
            same.fact.participants.push({ actor: mention.actor, evidence: [quoteOf(text, mention)] });
          }
        }
        continue;
      }
      const proposal: Proposal = {
        type: 'events',
        fact: {
          slug,
          kind: event.kind,
          title: text.slice(evidence.start, evidence.end).slice(0, 200),
          date,
          ...(place ? { location: place.name } : {}),
          attribution: attributionAt(reading, clause.start),
          participants: unique.map((mention) => ({ actor: mention.actor, evidence: [quoteOf(text, mention)] })),
          evidence: [quoteOf(text, evidence)],
        },
        spans: [evidence],
        confidence: 0.5,
      };
      proposals.push(proposal);
      ranges.set(proposal, range);
    }
  }
  // A wire story's own publication: its dateline and its contributors.
  if (publisher) {
    const mention = reading.cast.actors.get(publisher)?.mentions[0];
    if (mention) {
      // "--With assistance from …", "(Reporting by …; Editing by …)".
      const contributors = /(?:With assistance from|Reporting by) ([^.;)\n]+)/.exec(text);
      const helpers = contributors
        ? mentionsIn(reading, { start: contributors.index, end: contributors.index + contributors[0].length })
        : [];
      proposals.push({
        type: 'events',
        fact: {
          slug: slugOf(`publication-${reading.publishedAt}`),
          kind: EventKind.PUBLICATION,
          title: 'Publication of the article',
          date: { start: reading.publishedAt, precision: DatePrecision.DAY },
          attribution: reading.reportKey,
          participants: [mention, ...helpers].map((m) => ({ actor: m.actor, evidence: [quoteOf(text, m)] })),
          evidence: [quoteOf(text, mention)],
        },
        spans: [{ start: mention.start, end: mention.end }],
        confidence: 0.7,
      });
    }
  }
  return proposals;
}
