import type { EntityManager } from '@mikro-orm/core';
import type { z } from 'zod';
import { isRelationKind } from '../relation/relation-kind.js';
import { bundleFormat, type EvidenceQuote, type PartialDateInput } from '../importer/bundle.format.js';
import { resolvePartialDate, type PartialDateSpec, type ResolvedDate } from '../importer/date-words.js';
import { locateQuote, type Span } from '../importer/evidence-locator.js';

/**
 * What makes a fact valid, in one place for the two ways facts are written: the importer (a
 * story bundle) and the editing mutations. Each check returns its problems, each at a path
 * relative to the one it is given; neither caller writes anything while one remains.
 */

/** One problem with a fact, at its path ("relations[3].evidence[0]", "input.summary"). */
export interface FactProblem {
  path: string;
  message: string;
}

/** The kinds of fact the bundle format defines, by the name of their list ("relations"), and the document. */
export type FactSection = Exclude<keyof typeof bundleFormat.shape, 'format'> | 'participants';

/** A fact's own fields as the bundle format defines them: types, required, enums, formats. */
function fieldsOf(section: FactSection): z.ZodObject {
  // An event's participants are listed inside their event.
  const shape =
    section === 'participants' ? bundleFormat.shape.events.element.shape.participants : bundleFormat.shape[section];
  return 'element' in shape ? shape.element : shape;
}

/**
 * Checks the fields a fact gives against the bundle format's rules for its kind: only the fields
 * present in `values` and known to the format (references, which the two callers name
 * differently, are checked by each). `null` asks to clear a field, which only an optional one allows.
 */
export function fieldProblems(section: FactSection, values: object, path: string): FactProblem[] {
  const fields = fieldsOf(section);
  const problems: FactProblem[] = [];
  const given: Record<string, unknown> = {};
  const mask: Record<string, true> = {};
  for (const [name, value] of Object.entries(values)) {
    const rule = fields.shape[name] as z.ZodType | undefined;
    if (!rule || value === undefined) continue;
    if (value === null) {
      if (!rule.safeParse(undefined).success) problems.push({ path: `${path}.${name}`, message: 'is required' });
      continue;
    }
    given[name] = value;
    mask[name] = true;
  }
  const result = fields.pick(mask).safeParse(given);
  for (const issue of result.error?.issues ?? []) {
    const at = issue.path.reduce<string>(
      (text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}.${String(part)}`),
      path,
    );
    problems.push({ path: at, message: issue.message });
  }
  return problems;
}

/** A relation's kind must be one of the vocabulary's (the bundle format takes any string for it). */
export function relationKindProblems(kind: string, path: string): FactProblem[] {
  return isRelationKind(kind) ? [] : [{ path: `${path}.kind`, message: `"${kind}" is not a relation kind` }];
}

/**
 * Strings longer than their column, at their path: the length comes from the entity's metadata
 * (its `length`, or the size of its varchar column), so SQLite, which would store them, refuses
 * them as PostgreSQL would, and before anything is written.
 */
export function columnLengthProblems(
  em: EntityManager,
  entityName: string,
  values: object,
  path: string,
): FactProblem[] {
  const meta = Object.values(em.getMetadata().getAll()).find(
    (candidate) => candidate.className.toLowerCase() === entityName.toLowerCase(),
  );
  if (!meta) return [];
  const fields = values as Record<string, unknown>;
  const problems: FactProblem[] = [];
  for (const prop of meta.props) {
    const value = fields[prop.name];
    if (typeof value !== 'string') continue;
    const limit = prop.length ?? Number(/^varchar\((\d+)\)$/.exec(prop.columnTypes[0] ?? '')?.[1] ?? NaN);
    if (Number.isFinite(limit) && value.length > limit) {
      problems.push({
        path: `${path}.${prop.name}`,
        message: `is limited to ${limit} characters, got ${value.length}`,
      });
    }
  }
  return problems;
}

/**
 * A fact's date: words resolved against the day its document was published, or explicit values
 * (a missing end follows from the precision).
 */
export function resolveFactDate(
  spec: PartialDateInput | PartialDateSpec,
  publishedAt: string | null | undefined,
  path: string,
): { date: ResolvedDate } | { problem: FactProblem } {
  try {
    if (!publishedAt && (typeof spec === 'string' || !spec.start)) {
      throw new Error('the document has no publication date to resolve date words against; give "start"');
    }
    return { date: resolvePartialDate(spec, publishedAt ?? '') };
  } catch (error) {
    return { problem: { path, message: (error as Error).message } };
  }
}

/** Evidence as offsets into the document's text (UTF-16 code units, `end` exclusive). */
export interface EvidenceOffsets {
  start: number;
  end: number;
  /** The words the client believes are there, checked when given. */
  quote?: string;
}

/** Evidence cited one way or the other: the exact words (with a hint), or their offsets. */
export type EvidenceCitation = EvidenceQuote | EvidenceOffsets;

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** Whether an offset falls between the two halves of one character. */
function splitsCharacter(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && HIGH_SURROGATE.test(text.charAt(offset - 1));
}

/** The span offsets cite, or why they cannot be taken (`field`: the part of the citation at fault). */
function spanAt(text: string, { start, end, quote }: EvidenceOffsets): Span | { field?: string; message: string } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    return { message: `offsets ${start}..${end} are not a span of the text (0..${text.length}, start before end)` };
  }
  if (splitsCharacter(text, start) || splitsCharacter(text, end)) {
    return { message: `offsets ${start}..${end} split a character in two` };
  }
  const words = text.slice(start, end);
  if (quote !== undefined && quote !== words) {
    return {
      field: 'quote',
      message: `the text at ${start}..${end} is ${JSON.stringify(words)}, not ${JSON.stringify(quote)}`,
    };
  }
  return { start, end, quote: words };
}

/**
 * Where a citation stands in the document's text: a quote must occur (once, or as its hint
 * picks), offsets must cite whole characters (and the words the client saw, when it sends them).
 */
export function locateCitation(text: string, citation: EvidenceCitation): Span | { field?: string; message: string } {
  if ('start' in citation) return spanAt(text, citation);
  try {
    return locateQuote(text, citation);
  } catch (error) {
    return { field: 'quote', message: (error as Error).message };
  }
}

/** Whether facts of this kind need at least one citation (the bundle format says so). */
export function needsEvidence(section: FactSection): boolean {
  const evidence = fieldsOf(section).shape.evidence as z.ZodType | undefined;
  return evidence !== undefined && !evidence.safeParse([]).success;
}

/** Locates every citation of a fact, each problem at `path[index]` and the field at fault. */
export function evidenceProblems(
  section: FactSection,
  text: string,
  citations: readonly EvidenceCitation[],
  path: string,
): { spans: Span[]; problems: FactProblem[] } {
  const spans: Span[] = [];
  const problems: FactProblem[] = [];
  if (citations.length === 0 && needsEvidence(section)) {
    problems.push({ path, message: 'every fact needs at least one quote as evidence' });
  }
  citations.forEach((citation, index) => {
    const located = locateCitation(text, citation);
    if ('message' in located) {
      problems.push({ path: `${path}[${index}]${located.field ? `.${located.field}` : ''}`, message: located.message });
    } else spans.push(located);
  });
  return { spans, problems };
}
