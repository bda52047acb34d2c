import { describeEachDatabase } from '@parley/test-support/vitest';
import { expect, it } from 'vitest';
import { runWithDeadline } from '../src/common/deadline.js';
import { ErrorCode } from '../src/common/error-code.js';
import { useTestApi } from './harness.js';

// A query asked again runs compiled (see compiledExecution): it must answer exactly as it did the
// first time, when graphql-js ran it, down to the error codes, paths and locations.
describeEachDatabase('a query asked again', (database) => {
  const api = useTestApi(database);

  /** The same request three times: once as graphql-js runs it, then compiled. */
  async function askThrice(query: string, variables?: Record<string, unknown>) {
    const answers = [];
    for (let time = 0; time < 3; time++) answers.push(await api.request(query, variables));
    return answers;
  }

  it('resolves Node objects to their types as the first time', async () => {
    const { result } = await api.request('{ actors(first: 2) { nodes { id } } relations(first: 1) { nodes { id } } }');
    const ids = [
      ...(result.data as { actors: { nodes: { id: string }[] } }).actors.nodes.map((node) => node.id),
      ...(result.data as { relations: { nodes: { id: string }[] } }).relations.nodes.map((node) => node.id),
    ];
    const [first, ...again] = await askThrice(
      `query Nodes($id: ID!, $ids: [ID!]!) {
        node(id: $id) { __typename id ... on Actor { slug } }
        nodes(ids: $ids) { __typename id ... on Actor { slug } ... on Relation { kind source { slug } } }
      }`,
      { id: ids[0], ids },
    );
    expect(first!.result.errors).toBeUndefined();
    expect(first!.result.data).toMatchObject({
      node: { __typename: 'Actor' },
      nodes: [{ __typename: 'Actor' }, { __typename: 'Actor' }, { __typename: 'Relation' }],
    });
    for (const answer of again) expect(answer).toEqual(first);
  });

  it('keeps the partial data, error codes, paths and locations of the first time', async () => {
    const [first, ...again] = await askThrice(`{
      actors(first: 1) { totalCount }
      node(id: "not an id") { id }
    }`);
    expect(first!.result.errors).toEqual([
      expect.objectContaining({
        path: ['node'],
        locations: [{ line: 3, column: 7 }],
        extensions: expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }) as unknown,
      }),
    ]);
    expect(first!.result.data).toMatchObject({ actors: { totalCount: expect.any(Number) as number } });
    for (const answer of again) expect(answer).toEqual(first);
  });

  it('refuses an argument out of range as the first time', async () => {
    const [first, ...again] = await askThrice('query Many($first: Int!) { actors(first: $first) { totalCount } }', {
      first: 1000,
    });
    expect(first!.result.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    for (const answer of again) expect(answer).toEqual(first);
  });

  it('refuses variables of the wrong type with 400 BAD_USER_INPUT every time', async () => {
    const [first, ...again] = await askThrice('query Many($first: Int!) { actors(first: $first) { totalCount } }', {
      first: 'many',
    });
    expect(first!.status).toBe(400);
    expect(first!.result.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    for (const answer of again) expect(answer).toEqual(first);
  });

  it('answers TIMEOUT past the deadline every time', async () => {
    const query = '{ relations(first: 3) { nodes { kind source { slug } } } }';
    for (let time = 0; time < 3; time++) {
      const { result } = await runWithDeadline(0, () => api.request(query));
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual([ErrorCode.TIMEOUT]);
    }
  });
});
