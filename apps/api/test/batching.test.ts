import { graphql } from '@parley/schema';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { expect, it, vi } from 'vitest';
import { useTestApi } from './harness.js';

const RelationsWithEverythingQuery = graphql(`
  query RelationsWithEverythingQuery($first: Int) {
    relations(first: $first) {
      nodes {
        source {
          slug
          positions {
            title
            organization {
              slug
            }
          }
        }
        target {
          slug
          relations(direction: INCOMING) {
            kind
          }
        }
        event {
          slug
          participants {
            actor {
              slug
            }
          }
        }
        attribution {
          kind
          source {
            slug
          }
        }
        evidence {
          quote
          document {
            slug
          }
        }
      }
    }
  }
`);

describeEachDatabase('batching', (database) => {
  const api = useTestApi(database);

  async function countQueries(first: number) {
    const connection = api.db.orm.em.getConnection();
    const spy = vi.spyOn(connection, 'execute');
    try {
      const result = await api.execute(RelationsWithEverythingQuery, { first });
      expect(result.errors).toBeUndefined();
      return { statements: spy.mock.calls.length, relations: result.data!.relations.nodes.length };
    } finally {
      spy.mockRestore();
    }
  }

  it('resolves relation fields with a fixed number of queries, not one per parent', async () => {
    const few = await countQueries(2);
    const many = await countQueries(40);
    expect(many.relations).toBeGreaterThan(few.relations * 5);
    // One SELECT per field level (plus the page and its count), whatever the number of parents.
    expect(many.statements).toBeLessThan(20);
    expect(many.statements).toBeLessThan(many.relations);
    expect(many.statements - few.statements).toBeLessThan(6);
  });
});
