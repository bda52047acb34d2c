import { describeEachDatabase } from '@parley/test-support/vitest';
import { parse, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { beforeAll, expect, it } from 'vitest';
import { listAwareEstimator } from '../src/common/query-complexity.js';
import { buildParleySchema } from '../src/schema/schema.js';
import { MAX_COMPLEXITY } from '../src/server.js';
import { useTestApi } from './harness.js';

/**
 * Tuned to sit exactly on MAX_COMPLEXITY (100 000) with `actors: 51` (each list asks for 10):
 * each relation node costs 1123 (nodes 1 + source 1 + its relations 1 + 10 × (target 1 + its
 * relations 1 + 10 × (evidence 1 + 10 × quote 1))), so relations(first: 89) costs 1 + 89 × 1123
 * = 99 948; actors(first: $actors) { totalCount } costs 1 + $actors.
 */
const NEAR_THE_LIMIT = `
  query NearTheLimit($actors: Int) {
    relations(first: 89) {
      nodes {
        source {
          relations(first: 10) {
            target {
              relations(first: 10) {
                evidence(first: 10) {
                  quote
                }
              }
            }
          }
        }
      }
    }
    actors(first: $actors) {
      totalCount
    }
  }
`;

describeEachDatabase('the query complexity limit', (database) => {
  const api = useTestApi(database);
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildParleySchema();
  });

  /** The score the server gives a query: its estimators, in its order (the refusal below checks they agree). */
  function complexityOf(query: string, variables: Record<string, unknown> = {}) {
    return getComplexity({
      schema,
      query: parse(query),
      variables,
      estimators: [listAwareEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  }

  it('runs a query that scores exactly the limit', async () => {
    expect(complexityOf(NEAR_THE_LIMIT, { actors: 51 })).toBe(MAX_COMPLEXITY);
    const { status, result } = await api.request(NEAR_THE_LIMIT, { actors: 51 });
    expect(result.errors).toBeUndefined();
    expect(status ?? 200).toBe(200);
    const { actors } = result.data as { actors: { totalCount: number } };
    expect(actors.totalCount).toBeGreaterThan(0);
  });

  it('refuses a query one over the limit with QUERY_TOO_COMPLEX and HTTP 400, before running it', async () => {
    expect(complexityOf(NEAR_THE_LIMIT, { actors: 52 })).toBe(MAX_COMPLEXITY + 1);
    const { status, result } = await api.request(NEAR_THE_LIMIT, { actors: 52 });
    expect(status).toBe(400);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.message).toMatch(/^This query could fetch too much/);
    // The complexity the server reports is the one computed above: the test scores as the server does.
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      complexity: MAX_COMPLEXITY + 1,
      maxComplexity: MAX_COMPLEXITY,
    });
  });

  it('scores the same document anew for each value of its numbers, however often it ran within the limit', async () => {
    for (let round = 0; round < 3; round++) {
      expect((await api.request(NEAR_THE_LIMIT, { actors: 51 })).result.errors).toBeUndefined();
      const over = await api.request(NEAR_THE_LIMIT, { actors: 52 });
      expect(over.status).toBe(400);
      expect(over.result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    }
  });
});
