import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { docsPackage } from '../support/guide-examples.js';

const schema = buildSchema(
  readFileSync(createRequire(import.meta.url).resolve('@parley/schema/schema.graphql'), 'utf8'),
);
const page = readFileSync(join(docsPackage, 'dist/index.html'), 'utf8');

/** The HTML of the page's `<section id="…">`, or undefined when the page has none. */
function section(id: string): string | undefined {
  const start = page.indexOf(`<section id="${id}"`);
  if (start < 0) return undefined;
  return page.slice(start, page.indexOf('</section>', start));
}

/** How the reference names a field, argument or input field in a table or argument list. */
const propertyName = (name: string) => `<span class="property-name"><code>${name}</code></span>`;

const rootTypes = (s: GraphQLSchema) =>
  [
    ['query', s.getQueryType()],
    ['mutation', s.getMutationType()],
    ['subscription', s.getSubscriptionType()],
  ] as const;

/** The built /docs reference against the SDL it was built from: nothing the schema has is missing. */
describe('the reference at /docs', () => {
  it('has a section for every operation of the schema, naming each of its arguments', () => {
    for (const [kind, type] of rootTypes(schema)) {
      for (const field of Object.values(type?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
        const html = section(`${kind}-${field.name}`);
        expect(html, `${kind} ${field.name}`).toBeDefined();
        for (const argument of field.args)
          expect(html, `${kind} ${field.name}(${argument.name})`).toContain(propertyName(argument.name));
      }
    }
  });

  it('has a section for every type, with each field and its arguments, each input field and each enum value', () => {
    const roots = new Set(rootTypes(schema).map(([, type]) => type));
    const types = Object.values(schema.getTypeMap()).filter(
      (type) => !type.name.startsWith('__') && !roots.has(type as never),
    );
    expect(types.length).toBeGreaterThan(40);
    for (const type of types) {
      const html = section(`definition-${type.name}`);
      expect(html, type.name).toBeDefined();
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          expect(html, `${type.name}.${field.name}`).toContain(propertyName(field.name));
          for (const argument of field.args) {
            expect(html, `${type.name}.${field.name}(${argument.name})`).toContain(
              `<h6 class="field-argument-name">${propertyName(argument.name)}`,
            );
          }
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          expect(html, `${type.name}.${field.name}`).toContain(propertyName(field.name));
        }
      } else if (isEnumType(type)) {
        for (const value of type.getValues())
          expect(html, `${type.name}.${value.name}`).toContain(`<code>${value.name}</code>`);
      }
    }
  });
});
