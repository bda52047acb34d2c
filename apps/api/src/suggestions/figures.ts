import { Modality } from '../common/modality.js';
import type { Proposal } from './proposal.js';
import type { Reading } from './reading.js';
import { attributionAt, mentionsIn } from './reading.js';
import { datesIn } from './dates.js';
import { quoteOf, trimmed } from './spans.js';

const CURRENCIES: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const AMOUNT = /([$€£¥])\s?(\d+(?:[.,]\d+)*)(?:\s?(thousand|million|billion|trillion|bn|m)\b)?/g;

/**
 * Figures: an amount with its currency, what it measures ("in oil revenues"), its period ("by the end of 2024"),
 * whether it is only possible ("could lose", "If …"), whom it is about and who estimates it ("according to …").
 */
export function proposeFigures(reading: Reading): Proposal[] {
  const { text } = reading;
  const proposals: Proposal[] = [];
  for (const sentence of reading.sentences) {
    for (const match of sentence.text.matchAll(AMOUNT)) {
      const symbol = match[1] ?? '$';
      const scaleWord = match[3] === 'bn' ? 'billion' : match[3] === 'm' ? 'million' : match[3];
      const amount = Number((match[2] ?? '0').replace(/,/g, '')) * (scaleWord ? (SCALES[scaleWord] ?? 1) : 1);
      // The figure's clause: the sentence, without a closing "according to …" or ", X said".
      const source = /,\s+(?:according to|[^,]*\b(?:said|says|estimates?)\b)[^]*$/.exec(sentence.text);
      // "X, Y, said on Wednesday that the country could save $600 million": the figure is what was said.
      const reported =
        source && source.index < match.index
          ? /\b(?:said|says|estimates?)\b(?: on \w+)?(?: that)?\s*/.exec(sentence.text.slice(source.index))
          : null;
      const clause = trimmed(
        text,
        reported && source
          ? { start: sentence.start + source.index + reported.index + reported[0].length, end: sentence.end }
          : { start: sentence.start, end: sentence.start + (source?.index ?? sentence.text.length) },
        /[\s,;:.]+$/,
      );
      const clauseText = text.slice(clause.start, clause.end);
      const at = sentence.start + match.index;
      const condition = /^If [^,]+/.exec(clauseText)?.[0];
      const possible = Boolean(condition) || /\b(?:could|may|might|would)\b/.test(clauseText);
      const measure = /^\s*(?:in|of|from|worth of)\s+((?:(?!by|in|from|for|until|to|since|during|over)[a-z-]+\s?){1,3})/
        .exec(text.slice(at + match[0].length, clause.end))?.[1]
        ?.trim();
      const subject = mentionsIn(reading, {
        start: condition ? clause.start + condition.length : clause.start,
        end: at,
      })[0];
      const period = datesIn(reading, clause).find((date) => !condition || date.at > clause.start + condition.length);
      proposals.push({
        type: 'figures',
        fact: {
          key: `figure-${String(proposals.length + 1)}`,
          amount,
          currency: CURRENCIES[symbol] ?? 'USD',
          summary: clauseText,
          ...(measure ? { measure } : {}),
          ...(possible ? { modality: Modality.POSSIBLE } : {}),
          ...(condition ? { condition } : {}),
          ...(subject ? { subject: subject.actor } : {}),
          ...(period ? { period: period.words } : {}),
          attribution: attributionAt(reading, clause.start),
          evidence: [quoteOf(text, clause)],
        },
        spans: [clause],
        confidence: 0.8,
      });
    }
  }
  return proposals;
}
