import { useEffect, useRef } from 'react';
import type { FormProblem } from './graphql-errors';

/** A form's refusals, announced when they appear; each names its field when it has one. */
export function ProblemList({
  problems,
  labels = {},
  heading,
}: {
  problems: FormProblem[];
  labels?: Record<string, string>;
  /** What failed, when not a save ("Not signed in:"). */
  heading?: string;
}) {
  const list = useRef<HTMLDivElement>(null);
  // A long form's top may be scrolled away: bring the refusal to where the editor is looking.
  useEffect(() => {
    if (problems.length) list.current?.scrollIntoView({ block: 'nearest' });
  }, [problems]);
  if (!problems.length) return null;
  return (
    <div className="form-problems" role="alert" ref={list}>
      <p>
        <strong>{heading ?? (problems.length === 1 ? 'This could not be saved:' : 'These need fixing:')}</strong>
      </p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.field && labels[problem.field] ? `${labels[problem.field]}: ` : ''}
            {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The id a field's error message gets, for `aria-describedby`. */
export const problemId = (form: string, field: string) => `${form}-${field}-problem`;

/** The first message about `field`, for under the field. */
export function fieldProblem(problems: FormProblem[], field: string): string | null {
  return problems.find((problem) => problem.field === field)?.message ?? null;
}
