import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from './example-queries';

const schema = buildSchema(
  readFileSync(createRequire(import.meta.url).resolve('@parley/schema/schema.graphql'), 'utf8'),
);

describe('the playground’s example queries', () => {
  it.each(EXAMPLE_QUERIES.map((example) => [example.title, example.query]))(
    '“%s” is valid against the schema',
    (_title, query) => {
      expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
    },
  );

  it('ask the questions the playground promises', () => {
    const all = EXAMPLE_QUERIES.map((example) => example.query).join('\n');
    expect(all).toMatch(
      /actor\(slug: "nicolas-maduro"\)[\s\S]*direction: INCOMING, categories: \[PRESSURE, COERCION\]/,
    );
    expect(all).toMatch(/events\(filter: \{ text: "Mexico City" \}\)/);
    expect(all).toMatch(/paths\(from: "gustavo-petro", to: "maria-corina-machado"/);
    expect(all).toMatch(/actors\(search:/);
  });
});
