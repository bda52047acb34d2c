import { AttributionKind } from '../attribution/attribution-kind.js';
import type { Proposal } from './proposal.js';
import type { Reading } from './reading.js';
import { mentionsIn, saidIn, UNNAMED_SPEAKER } from './reading.js';
import { quoteOf, slugOf, trimmed, uniqueKeys } from './spans.js';

/**
 * The key proposals give the article in its own voice when it opens with no wire's name: such an
 * attribution has no words to propose, so accepting a fact that names it makes it (accept-suggestion.ts).
 */
export const ARTICLE_VOICE_KEY = 'report';

/** Who says so: "according to people with direct knowledge", "X said", "Y told Bloomberg", the publisher. */
export function proposeAttributions(reading: Reading, publisher: string | undefined): Proposal[] {
  const { text } = reading;
  const proposals: Proposal[] = [];
  const keyFor = uniqueKeys();
  const add = (key: string, kind: AttributionKind, start: number, end: number, source?: string, confidence = 0.7) => {
    const unique = keyFor(key);
    const span = trimmed(text, { start, end }, /[\s,;:.]+$/);
    proposals.push({
      type: 'attributions',
      fact: {
        key: unique,
        kind,
        ...(source ? { source } : {}),
        text: text.slice(span.start, span.end),
        evidence: [quoteOf(text, span)],
      },
      spans: [span],
      confidence,
    });
    return unique;
  };
  reading.reportKey = publisher
    ? add(publisher, AttributionKind.REPORTED, text.indexOf('('), text.indexOf(')') + 1, publisher, 0.9)
    : ARTICLE_VOICE_KEY;
  if (!publisher) {
    keyFor(ARTICLE_VOICE_KEY);
    proposals.push({
      type: 'attributions',
      fact: { key: ARTICLE_VOICE_KEY, kind: AttributionKind.REPORTED, text: 'the article', evidence: [] },
      spans: [],
      confidence: 0.5,
    });
  }
  /** The last anonymous sources named, which "the people said" refers back to. */
  let lastAnonymous: Proposal | undefined;
  for (const sentence of reading.sentences) {
    const anonymous = new RegExp(
      String.raw`\b(?:according to (?:(?:one|two|three|some) of )?(?:the |an? |two |three |several )?(?:[a-z]+ )?(?:people|persons?|sources?|officials?|diplomats?)\b[^,.;]*|(?:(?:one|two|some) of )?(?:the )?(?:[a-z]+ )?(?:people|person|sources?|officials?) (?:said|say|says)|said ${UNNAMED_SPEAKER.source.slice(1)}[^,.;]*)`,
    ).exec(sentence.text);
    if (anonymous) {
      const start = sentence.start + anonymous.index;
      // "…, the people said", "one of the people said": the sources named before, told again.
      if (lastAnonymous && /^(?:(?:one|some) of )?the (?:people|persons?|sources?|officials?) /.test(anonymous[0])) {
        const span = trimmed(text, { start, end: start + anonymous[0].length }, /[\s,;:.]+$/);
        lastAnonymous.spans.push(span);
        if (lastAnonymous.type === 'attributions') lastAnonymous.fact.evidence?.push(quoteOf(text, span));
        if (lastAnonymous.type === 'attributions') reading.sourceOf.set(sentence.start, lastAnonymous.fact.key);
        continue;
      }
      const key = add(
        slugOf(anonymous[0]).split('-').slice(0, 5).join('-'),
        AttributionKind.ANONYMOUS_SOURCES,
        start,
        start + anonymous[0].length,
      );
      reading.sourceOf.set(sentence.start, key);
      lastAnonymous = proposals.at(-1);
      continue;
    }
    const according = /\baccording to /.exec(sentence.text);
    if (according) {
      const start = sentence.start + according.index;
      const mention = mentionsIn(reading, { start, end: sentence.end })[0];
      if (mention)
        reading.sourceOf.set(
          sentence.start,
          add(mention.actor, AttributionKind.NAMED_SOURCE, start, mention.end, mention.actor),
        );
      continue;
    }
    const said = saidIn(reading, sentence);
    if (!said) continue;
    const { at, verb, speaker } = said;
    const key = add(speaker.actor, AttributionKind.NAMED_SOURCE, speaker.start, at + verb.length, speaker.actor, 0.6);
    reading.sourceOf.set(sentence.start, key);
  }
  return proposals;
}
