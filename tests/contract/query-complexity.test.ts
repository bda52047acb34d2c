// The API's modules declare their GraphQL types with decorators, which read this polyfill.
import 'reflect-metadata';
import { MAX_PAGE_SIZE } from '@parley/api/dist/common/page.args.js';
import { listAwareEstimator } from '@parley/api/dist/common/query-complexity.js';
import { buildParleySchema } from '@parley/api/dist/schema/schema.js';
import { MAX_COMPLEXITY } from '@parley/api/dist/server.js';
import {
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type TypeNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const webSource = join(dirname(createRequire(import.meta.url).resolve('@parley/web/package.json')), 'src');

/**
 * Every operation the explorer writes with `graphql(…)`, parsed from its sources, each with every
 * fragment the explorer defines (an operation spreads fragments written next to other components).
 */
function explorerOperations(): { file: string; document: DocumentNode; operation: OperationDefinitionNode }[] {
  const operations: { file: string; operation: OperationDefinitionNode }[] = [];
  const fragments: FragmentDefinitionNode[] = [];
  for (const file of readdirSync(webSource, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file) || file.startsWith('gql/')) continue;
    const text = readFileSync(join(webSource, file), 'utf8');
    for (const [, source] of text.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)) {
      for (const definition of parse(source!).definitions) {
        // Queries only: a mutation reads back the one node it changed, and its input object has
        // no costliest value to score it with.
        if (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.QUERY) {
          operations.push({ file, operation: definition });
        }
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.push(definition);
      }
    }
  }
  return operations.map(({ file, operation }) => ({
    file,
    operation,
    document: { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
  }));
}

/**
 * Variables that make an operation as costly as the API allows: every Int as large as a page
 * can be (the Ints of these operations are `first`s, or bounds the estimator ignores), every
 * Boolean true (they switch fields on, `@include(if: …)`), required strings filled in, everything
 * optional left out.
 */
function costliestVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const named = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : named(type.type));
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = named(definition.type);
    if (type === 'Int') variables[name] = MAX_PAGE_SIZE;
    else if (type === 'Boolean') variables[name] = true;
    else if (definition.type.kind === Kind.NON_NULL_TYPE && (type === 'String' || type === 'ID')) variables[name] = 'x';
    else if (definition.type.kind === Kind.NON_NULL_TYPE)
      throw new Error(`no value to score $${name}: ${type}! with; teach costliestVariables one`);
  }
  return variables;
}

/** Room to spare: a view can grow, or fetch twice as much, before the server would refuse it. */
const BUDGET = MAX_COMPLEXITY / 2;

describe('the explorer’s queries', () => {
  it('each use at most half the complexity limit, scored as the server scores them', async () => {
    const schema = await buildParleySchema();
    const operations = explorerOperations();
    expect(operations.length).toBeGreaterThan(5);
    const scores = operations.map(({ file, document, operation }) => ({
      operation: operation.name?.value ?? '(anonymous)',
      file,
      complexity: getComplexity({
        schema,
        query: document,
        operationName: operation.name?.value,
        variables: costliestVariables(operation),
        estimators: [fieldExtensionsEstimator(), listAwareEstimator, simpleEstimator({ defaultComplexity: 1 })],
      }),
    }));
    const percent = (complexity: number) => `${((100 * complexity) / MAX_COMPLEXITY).toFixed(1)}%`.padStart(6);
    console.log(
      `complexity of each explorer query, at its costliest (limit ${MAX_COMPLEXITY}):\n` +
        scores
          .map(
            ({ operation, file, complexity }) =>
              `  ${String(complexity).padStart(6)} ${percent(complexity)}  ${operation} (${file})`,
          )
          .join('\n'),
    );
    for (const { operation, complexity } of scores) {
      expect(complexity, operation).toBeLessThanOrEqual(BUDGET);
    }
  });
});
