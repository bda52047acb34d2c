import { CombinedGraphQLErrors } from '@apollo/client';
import { ErrorCode } from '@parley/schema';
import { CONNECTION_LOST, isConnectionError } from '../ui/connection';

/** A refusal in plain words, with the input field it is about (`input.summary` → `summary`). */
export interface FormProblem {
  message: string;
  field: string | null;
  code: string | null;
  extensions: Record<string, unknown>;
}

/** The problems a failed mutation reports, one per GraphQL error (a lost connection as one). */
export function formProblems(error: unknown): FormProblem[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((problem) => {
      const extensions = (problem.extensions ?? {}) as Record<string, unknown>;
      const path = typeof extensions.path === 'string' ? extensions.path : null;
      return {
        message: problem.message,
        // The form field is the input's first key: `input.evidence[0].quote` is about the evidence.
        field: path ? (path.replace(/^input\./, '').split(/[.[]/)[0] ?? null) : null,
        code: typeof extensions.code === 'string' ? extensions.code : null,
        extensions,
      };
    });
  }
  const message = isConnectionError(error) ? CONNECTION_LOST : error instanceof Error ? error.message : String(error);
  return [{ message, field: null, code: null, extensions: {} }];
}

/** The version the server holds now, when the save was refused because someone else saved first. */
export function conflictVersion(problems: FormProblem[]): number | null {
  const conflict = problems.find((problem) => problem.code === ErrorCode.CONFLICT);
  const current = conflict?.extensions.currentVersion;
  return typeof current === 'number' ? current : null;
}

/** What refers to a node a delete was refused for, by type: `{ Relation: 2 }`. */
export function referencesOf(problems: FormProblem[]): Record<string, number> | null {
  const references = problems.find((problem) => problem.extensions.references)?.extensions.references;
  return references && typeof references === 'object' ? (references as Record<string, number>) : null;
}
