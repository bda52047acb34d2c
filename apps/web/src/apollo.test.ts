import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES } from './apollo';

const schema = buildSchema(
  readFileSync(createRequire(import.meta.url).resolve('@parley/schema/schema.graphql'), 'utf8'),
);

describe('the Apollo cache', () => {
  it('knows every type that implements Node, as the schema says', () => {
    const implementers = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && type.getInterfaces().some((iface) => iface.name === 'Node'))
      .map((type) => type.name)
      .sort();
    expect([...NODE_TYPES].sort()).toEqual(implementers);
  });
});
