import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { conflictVersion, formProblems, referencesOf } from './graphql-errors';

const refused = (...errors: { message: string; extensions: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe('formProblems', () => {
  it('points each refusal at the form field its input path starts with', () => {
    const problems = formProblems(
      refused(
        { message: 'must not be empty', extensions: { code: 'BAD_USER_INPUT', path: 'input.summary' } },
        { message: 'is not in the text', extensions: { code: 'BAD_USER_INPUT', path: 'input.evidence[0].quote' } },
        { message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } },
      ),
    );
    expect(problems.map(({ field, message }) => ({ field, message }))).toEqual([
      { field: 'summary', message: 'must not be empty' },
      { field: 'evidence', message: 'is not in the text' },
      { field: null, message: 'Sign in first' },
    ]);
  });

  it('words a lost connection plainly', () => {
    expect(formProblems(new TypeError('Failed to fetch'))[0]?.message).toMatch(/could not reach the server/);
  });
});

describe('conflictVersion and referencesOf', () => {
  it('read the version to retry with and what refers to a node', () => {
    const conflict = formProblems(
      refused({ message: 'changed', extensions: { code: 'CONFLICT', path: 'input.version', currentVersion: 4 } }),
    );
    expect(conflictVersion(conflict)).toBe(4);
    expect(referencesOf(conflict)).toBeNull();
    const referred = formProblems(
      refused({ message: 'referred to', extensions: { code: 'BAD_USER_INPUT', references: { Relation: 2 } } }),
    );
    expect(referencesOf(referred)).toEqual({ Relation: 2 });
    expect(conflictVersion(referred)).toBeNull();
  });
});
