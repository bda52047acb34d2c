import type { GraphQLFormattedError } from 'graphql';
import { expect } from 'vitest';
import type { Viewer } from '../../src/common/viewer.js';
import type { TestApi } from '../harness.js';

/** An editor: who every mutation in these tests acts as, unless a test says otherwise. */
export const editor: Viewer = { userId: 1, name: 'editor', role: 'editor' };

/** Runs an operation as the editor and returns its data, failing the test on any error. */
export async function ok<T = Record<string, unknown>>(
  api: TestApi,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const { result } = await api.request(query, variables, editor);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

/** Runs an operation as the editor and returns its one error. */
export async function refused(
  api: TestApi,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLFormattedError> {
  const { result } = await api.request(query, variables, editor);
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors ?? [];
  if (!error) throw new Error('expected an error');
  return error;
}

/** The global ID of the node with this slug (an actor, event, negotiation or document). */
export async function idOf(api: TestApi, field: 'actor' | 'event' | 'negotiation' | 'document', slug: string) {
  const data = await ok<Record<string, { id: string } | null>>(
    api,
    `query ($slug: String!) { ${field}(slug: $slug) { id } }`,
    { slug },
  );
  const node = data[field];
  if (!node) throw new Error(`no ${field} ${slug}`);
  return node.id;
}

export const STORY = 'us-venezuela-talks-2024-04-11';
