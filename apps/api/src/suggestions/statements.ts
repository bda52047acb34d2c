import { StatementKind } from '../statement/statement-kind.js';
import type { Proposal } from './proposal.js';
import type { Reading } from './reading.js';
import { mentionsIn, saidIn } from './reading.js';
import { quoteOf, trimmed, uniqueKeys } from './spans.js';
import { dateIn } from './dates.js';

/** "Halvorsen denied the charge.": a denial is the denier's statement, told in the article's words. */
const DENIAL =
  /\b(?:denied|denies|rejected|rejects|dismissed|dismisses) (?:the |these |those |its |their |any |all )?(?:[a-z]+ )?(?:charges?|allegations?|accusations?|claims?|reports?|criticism)\b/;

const NO_COMMENT =
  /\b(?:declined to comment|refused to comment|declined to be interviewed|(?:did not|didn[’']t|does not|doesn[’']t) (?:immediately )?(?:reply|respond|return)|could not be reached)\b/;

/** Statements: refusals to comment, unanswered requests, and what someone said, quoted or in paraphrase. */
export function proposeStatements(reading: Reading): Proposal[] {
  const { text } = reading;
  const proposals: Proposal[] = [];
  const key = uniqueKeys();
  for (const sentence of reading.sentences) {
    const refusal = NO_COMMENT.exec(sentence.text);
    if (refusal) {
      const speaker = mentionsIn(
        reading,
        { start: sentence.start, end: sentence.start + refusal.index },
        { references: true },
      )[0];
      if (speaker) {
        const declined = /declined|refused/.test(refusal[0]);
        proposals.push({
          type: 'statements',
          fact: {
            key: key(`${speaker.actor}-${declined ? 'declined-to-comment' : 'no-reply'}`),
            kind: declined ? StatementKind.DECLINED_TO_COMMENT : StatementKind.NO_REPLY,
            speaker: speaker.actor,
            text: sentence.text,
            evidence: [quoteOf(text, sentence)],
          },
          spans: [{ start: sentence.start, end: sentence.end }],
          confidence: 0.9,
        });
      }
      continue;
    }
    const denial = DENIAL.exec(sentence.text);
    const denier = denial
      ? mentionsIn(reading, { start: sentence.start, end: sentence.start + denial.index }, { references: true }).at(-1)
      : undefined;
    if (denier) {
      proposals.push({
        type: 'statements',
        fact: {
          key: key(`${denier.actor}-denial`),
          kind: StatementKind.PARAPHRASE,
          speaker: denier.actor,
          text: sentence.text,
          evidence: [quoteOf(text, sentence)],
        },
        spans: [{ start: sentence.start, end: sentence.end }],
        confidence: 0.6,
      });
      continue;
    }
    const said = saidIn(reading, sentence);
    if (!said) continue;
    const { at, speaker } = said;
    const quoted = /[“"]([^”"]+?)[,.]?[”"]/.exec(sentence.text);
    const date = dateIn(reading, sentence);
    const setting =
      /\b(?:in|during) (?:an? |the )?(?:[a-z]+ )?(?:interview|briefing|statement|speech|press conference|post)\b[^,.;]*/.exec(
        text.slice(at, sentence.end),
      )?.[0];
    if (quoted?.[1]) {
      const start = sentence.start + quoted.index + 1;
      const span = { start, end: start + quoted[1].length };
      proposals.push({
        type: 'statements',
        fact: {
          key: key(`${speaker.actor}-quote`),
          kind: StatementKind.QUOTE,
          speaker: speaker.actor,
          text: quoted[1],
          ...(setting ? { setting } : {}),
          ...(date ? { date } : {}),
          evidence: [quoteOf(text, span)],
        },
        spans: [span],
        confidence: 0.85,
      });
      continue;
    }
    // "X said (on Thursday) (that) …": the paraphrase runs from the verb to the sentence's end; "…, X told reporters"
    // ends the sentence, so the paraphrase is what comes before it.
    const after = text.slice(at + said.verb.length, sentence.end);
    // "…, she wrote in a memo to employees seen by Reuters." ends the sentence as "…, X told reporters" does.
    const trailing =
      /^(?: \w+){0,4}(?: in [A-Z][\p{L}]+)?(?: on \w+)?\.?$/u.test(after) ||
      /^ in (?:an? |the |her |his |its |their )?(?:[a-z]+ )?(?:memo|letter|statement|post|note|email|filing)\b[^,;“”"]*\.?$/u.test(
        after,
      );
    const span = trimmed(
      text,
      trailing ? { start: sentence.start, end: sentence.end } : { start: at, end: sentence.end },
      /[\s,;:.]+$/,
    );
    const words = trailing
      ? text
          .slice(span.start, speaker.start)
          .replace(/,\s*$/, '')
          .replace(/^[^,]*\b(?:On|In) \w+, /, '')
      : after.replace(/^(?: on \w+)?(?: that)?\s*/, '').replace(/\.$/, '');
    if (words.split(' ').length < 4) continue;
    proposals.push({
      type: 'statements',
      fact: {
        key: key(`${speaker.actor}-paraphrase`),
        kind: StatementKind.PARAPHRASE,
        speaker: speaker.actor,
        text: words.charAt(0).toUpperCase() + words.slice(1),
        ...(date ? { date } : {}),
        evidence: [quoteOf(text, span)],
      },
      spans: [span],
      confidence: 0.6,
    });
  }
  return proposals;
}
