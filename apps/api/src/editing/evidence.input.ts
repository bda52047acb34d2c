import { Field, InputType, Int } from 'type-graphql';
import type { InputProblem } from '../common/errors.js';
import type { EvidenceCitation } from '../facts/fact-rules.js';
import { evidenceFormat } from '../importer/bundle.format.js';

@InputType({
  description:
    'One piece of evidence for a fact, cited one of two ways: offsets into the document’s text (`start`, `end`: what a reader sends from a selection), or the exact words (`quote`, with `occurrence` when they appear more than once). The server checks either against the text.',
})
export class EvidenceInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Offset of the first character (UTF-16 code units, as JavaScript string indices). With `end`.',
  })
  start?: number | null;

  @Field(() => Int, { nullable: true, description: 'Offset just past the last character (exclusive). With `start`.' })
  end?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The exact words of the document. With offsets, the words the client believes are there (refused when the text differs).',
  })
  quote?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Which occurrence of `quote` is meant (1-based), when the words appear more than once.',
  })
  occurrence?: number | null;
}

/** The citations the inputs make, checked for their form (offsets or words, not a mix) with the importer's rules. */
export function citationsOf(
  inputs: readonly EvidenceInput[],
  path: string,
): { citations: EvidenceCitation[]; problems: InputProblem[] } {
  const citations: EvidenceCitation[] = [];
  const problems: InputProblem[] = [];
  inputs.forEach(({ start, end, quote, occurrence }, index) => {
    const at = `${path}[${index}]`;
    if (start != null || end != null) {
      if (start == null || end == null) problems.push({ path: at, message: 'give both "start" and "end"' });
      else if (occurrence != null) problems.push({ path: `${at}.occurrence`, message: 'is for quotes, not offsets' });
      else citations.push({ start, end, ...(quote != null ? { quote } : {}) });
      return;
    }
    const parsed = evidenceFormat.safeParse({ quote: quote ?? undefined, occurrence: occurrence ?? undefined });
    if (parsed.success) citations.push(parsed.data);
    else
      for (const issue of parsed.error.issues) {
        problems.push({
          path: `${at}.${issue.path.map(String).join('.') || 'quote'}`,
          message: quote == null ? 'give "start" and "end", or "quote"' : issue.message,
        });
      }
  });
  return { citations, problems };
}
