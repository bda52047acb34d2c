import { z } from 'zod';
import { ActorKind } from '../actor/actor-kind.js';
import { AttributionKind } from '../attribution/attribution-kind.js';
import { DatePrecision } from '../common/partial-date.js';
import { EventKind } from '../event/event-kind.js';
import { Modality } from '../common/modality.js';
import { StatementKind } from '../statement/statement-kind.js';

/**
 * The story bundle format ("parley-story/1"): one JSON file per source document, next to the
 * document's text. Every fact cites its evidence by quoting the document's words; the importer
 * finds each quote and stores its UTF-16 offsets, so a reviewer reads quotes, never numbers.
 * Its vocabularies are the schema's own enums, so the two cannot drift apart.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by "-"');
const isoDate = z.iso.date('must be a date written yyyy-mm-dd');

/** A quote of the document's words. `occurrence` (1-based) or `within` (a longer unique passage
 *  that contains the quote) picks one when the words appear more than once. */
export const evidenceFormat = z.strictObject({
  quote: z.string().min(1),
  occurrence: z.number().int().positive().optional(),
  within: z.string().min(1).optional(),
});

/** A date as the text gives it. `text` holds the words as written; `start`/`end`/`precision` may be
 *  left out when the words resolve against the publication date ("Tuesday", "last year", "Feb. 23").
 *  `basis` names the fact from outside the text a date rests on, when it rests on one. */
export const partialDateFormat = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().min(1).optional(),
    start: isoDate.optional(),
    end: isoDate.optional(),
    precision: z.enum(DatePrecision).optional(),
    basis: z.string().min(1).optional(),
  }),
]);

const evidenceList = z.array(evidenceFormat).min(1, 'every fact needs at least one quote as evidence');

export const bundleFormat = z.strictObject({
  format: z.literal('parley-story/1'),
  document: z.strictObject({
    slug,
    title: z.string().min(1),
    /** Path of the UTF-8 text, relative to the bundle file; or the text itself in `text`. */
    textFile: z.string().min(1).optional(),
    text: z.string().min(1).optional(),
    publisher: slug.optional(),
    publishedAt: z.strictObject({ date: isoDate, basis: z.string().min(1).optional() }),
    contributors: z.array(slug).default([]),
    url: z.url().optional(),
  }),
  actors: z.array(
    z.strictObject({
      slug,
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)).default([]),
      kind: z.enum(ActorKind),
      summary: z.string().min(1).optional(),
      /** Where the summary leans on a fact from outside the text. */
      basis: z.string().min(1).optional(),
      evidence: evidenceList,
    }),
  ),
  attributions: z.array(
    z.strictObject({
      key: slug,
      kind: z.enum(AttributionKind),
      source: slug.optional(),
      /** The words the article uses ("according to people with direct knowledge of the matter"). */
      text: z.string().min(1).optional(),
      evidence: z.array(evidenceFormat).default([]),
    }),
  ),
  positions: z.array(
    z.strictObject({
      key: slug,
      holder: slug,
      organization: slug.optional(),
      title: z.string().min(1),
      acting: z.boolean().default(false),
      basis: z.string().min(1).optional(),
      evidence: evidenceList,
    }),
  ),
  events: z.array(
    z.strictObject({
      slug,
      kind: z.enum(EventKind),
      title: z.string().min(1),
      summary: z.string().min(1).optional(),
      date: partialDateFormat.optional(),
      location: z.string().min(1).optional(),
      secret: z.boolean().default(false),
      attribution: slug,
      participants: z.array(
        z.strictObject({
          actor: slug,
          role: z.string().min(1).optional(),
          /** What came of it for this participant ("won"). */
          outcome: z.string().min(1).optional(),
          attribution: slug.optional(),
          evidence: evidenceList,
        }),
      ),
      evidence: evidenceList,
    }),
  ),
  relations: z.array(
    z.strictObject({
      key: slug,
      kind: z.string().min(1),
      source: slug,
      target: slug,
      summary: z.string().min(1),
      modality: z.enum(Modality).default(Modality.ACTUAL),
      date: partialDateFormat.optional(),
      event: slug.optional(),
      /** What a pressure or demand asks of its target, in the article's words where it has them. */
      demand: z.string().min(1).optional(),
      /** The lever behind it (sanctions, an election, access). */
      lever: z.string().min(1).optional(),
      attribution: slug,
      evidence: evidenceList,
    }),
  ),
  statements: z.array(
    z.strictObject({
      key: slug,
      kind: z.enum(StatementKind),
      speaker: slug,
      text: z.string().min(1).optional(),
      /** Where it was said ("in a radio interview"). */
      setting: z.string().min(1).optional(),
      date: partialDateFormat.optional(),
      event: slug.optional(),
      evidence: evidenceList,
    }),
  ),
  figures: z.array(
    z.strictObject({
      key: slug,
      amount: z.number(),
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'),
      summary: z.string().min(1),
      /** What is counted ("oil revenues", "oil sales"). */
      measure: z.string().min(1).optional(),
      /** Actual, or what could happen (POSSIBLE) if a condition holds. */
      modality: z.enum(Modality).default(Modality.ACTUAL),
      condition: z.string().min(1).optional(),
      subject: slug.optional(),
      period: partialDateFormat.optional(),
      attribution: slug,
      evidence: evidenceList,
    }),
  ),
  negotiations: z.array(
    z.strictObject({
      slug,
      title: z.string().min(1),
      summary: z.string().min(1).optional(),
      parties: z.array(slug).min(1),
      rounds: z.array(slug).default([]),
      deadline: partialDateFormat.optional(),
      issues: z.array(z.string().min(1)).default([]),
      evidence: evidenceList,
    }),
  ),
});

export type StoryBundle = z.infer<typeof bundleFormat>;
export type EvidenceQuote = z.infer<typeof evidenceFormat>;
export type PartialDateInput = z.infer<typeof partialDateFormat>;
