import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** The public contract, as committed (@parley/schema/schema.graphql). */
export function loadPublicSchema(): GraphQLSchema {
  const path = createRequire(import.meta.url).resolve('@parley/schema/schema.graphql');
  return buildSchema(readFileSync(path, 'utf8'));
}

/** Real values for the arguments that name things by slug, so that lists are not empty. */
export interface KnownSlugs {
  actors: string[];
}

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The largest `first` an argument's description allows ("… at most 200.", "(1 to 50)"), or 100. */
export function maxFirst(argument: GraphQLArgument): number {
  const match = /at most (\d+)|\d+ to (\d+)/.exec(argument.description ?? '');
  return match ? Number(match[1] ?? match[2]) : 100;
}

/** A list field: a list of objects, or a connection (an object with a `nodes` list). */
export interface ListField {
  field: GraphQLField<unknown, unknown>;
  /** The type of one item. */
  item: GraphQLObjectType;
  connection: boolean;
}

/** The fields of a type that return lists of objects, directly or as connections. */
export function listFieldsOf(type: GraphQLObjectType): ListField[] {
  return Object.values(type.getFields()).flatMap((field): ListField[] => {
    const named = getNamedType(field.type);
    if (!isObjectType(named)) return [];
    const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
    if (isListType(unwrapped)) return [{ field, item: named, connection: false }];
    const nodes = named.getFields().nodes;
    const nodeType = nodes && getNamedType(nodes.type);
    if (nodes && isObjectType(nodeType)) return [{ field, item: nodeType, connection: true }];
    return [];
  });
}

/** A plausible literal for an argument that must be given, or undefined when none can be made. */
function requiredLiteral(argument: GraphQLArgument, slugs: KnownSlugs, index: number): string | undefined {
  const type = getNamedType(argument.type);
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isScalarType(type) && (type.name === 'String' || type.name === 'ID')) {
    return JSON.stringify(slugs.actors[index % slugs.actors.length] ?? 'unknown');
  }
  if (isScalarType(type) && type.name === 'Int') return '1';
  if (isScalarType(type) && type.name === 'Boolean') return 'true';
  return undefined;
}

/** `(first: max, required: …)` for a list field, or undefined when a required argument cannot be made. */
function listArguments(field: GraphQLField<unknown, unknown>, slugs: KnownSlugs): string | undefined {
  const parts: string[] = [];
  let index = 0;
  for (const argument of field.args) {
    if (argument.name === 'first') parts.push(`first: ${maxFirst(argument)}`);
    else if (isNonNullType(argument.type) && argument.defaultValue === undefined) {
      const literal = requiredLiteral(argument, slugs, index++);
      if (literal === undefined) return undefined;
      parts.push(`${argument.name}: ${literal}`);
    }
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

/** Object fields that are not lists (`Relation.source`): a hop from one list to the next. */
function objectFieldsOf(type: GraphQLObjectType): { field: GraphQLField<unknown, unknown>; item: GraphQLObjectType }[] {
  return Object.values(type.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
    if (!isObjectType(named) || isListType(unwrapped) || named.getFields().nodes) return [];
    return field.args.some((argument) => isNonNullType(argument.type)) ? [] : [{ field, item: named }];
  });
}

/**
 * Every chain of nested lists the schema allows, from 2 to `depth` lists deep (a list inside an
 * item, or inside an object an item points to: `relations > source > relations`), each asking
 * for the most items every level permits. Each is named by its path (`Query.actors > Actor.relations`).
 */
export function nestedListQueries(
  schema: GraphQLSchema,
  depth: number,
  slugs: KnownSlugs,
): { path: string; query: string }[] {
  const found: { path: string; query: string }[] = [];
  const walk = (
    type: GraphQLObjectType,
    path: string[],
    lists: number,
    wrap: (inner: string) => string,
    hopped: boolean,
  ) => {
    let deeper = false;
    if (lists < depth) {
      for (const list of listFieldsOf(type)) {
        const args = listArguments(list.field, slugs);
        if (args === undefined) continue;
        const open = (inner: string) =>
          list.connection
            ? `${list.field.name}${args} { totalCount nodes { __typename ${inner} } }`
            : `${list.field.name}${args} { __typename ${inner} }`;
        deeper = true;
        walk(list.item, [...path, `${type.name}.${list.field.name}`], lists + 1, (inner) => wrap(open(inner)), false);
      }
      // One hop through a single object between two lists; never from the root.
      if (!hopped && lists > 0) {
        for (const hop of objectFieldsOf(type)) {
          walk(
            hop.item,
            [...path, `${type.name}.${hop.field.name}`],
            lists,
            (inner) => wrap(`${hop.field.name} { ${inner} }`),
            true,
          );
        }
      }
    }
    if (!deeper && !hopped && lists >= 2) found.push({ path: path.join(' > '), query: `{ ${wrap('')} }` });
  };
  const query = schema.getQueryType();
  if (query) walk(query, [], 0, (inner) => inner, false);
  return found;
}

/** Strings a careless or hostile client might send. */
const NASTY_STRINGS = [
  '',
  ' ',
  'x'.repeat(2001),
  'a\u0000b',
  '\ud800',
  '%',
  "'; drop table actor; --",
  '\\',
  '🕊️',
  'null',
  '-1',
  'eyJ4Ijp7fX0=',
  'YXJyYXljb25uZWN0aW9uOjA=',
  '[]',
  '{"a":1}',
  'Actor:1',
  'QWN0b3I6MQ==',
];

/** A random value of roughly the argument's type, often wrong, sometimes absurd. */
export function randomValue(type: GraphQLInputType, random: () => number, slugs: KnownSlugs, depth = 0): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const roll = random();
  if (roll < 0.03) return pick([null, 0, -1, 2 ** 31, 1e308, true, 'text', [], {}, [1, 2]]);
  if (isNonNullType(type)) return randomValue(type.ofType, random, slugs, depth);
  if (isListType(type)) {
    const length = Math.floor(random() * 4);
    return Array.from({ length }, () => randomValue(type.ofType, random, slugs, depth + 1));
  }
  if (isEnumType(type)) return random() < 0.95 ? pick(type.getValues()).name : 'NOT_A_VALUE';
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (random() < 0.5 || isNonNullType(field.type))
        value[field.name] = randomValue(field.type, random, slugs, depth + 1);
    }
    return value;
  }
  switch (type.name) {
    case 'Int':
      return pick([0, 1, 2, 3, 5, 20, 50, 100, 1, 3, 101, 10_000, -5, 2 ** 31, 1.5]);
    case 'Boolean':
      return random() < 0.5;
    case 'Float':
      return pick([0, 1.5, -1, 1e300]);
    default:
      if (/Date/.test(type.name) && random() < 0.8)
        return pick(['2024-04-11', '2024', '2024-04', '2024-02-30', '0000-01-01']);
      return random() < 0.7 ? pick(slugs.actors) : pick(NASTY_STRINGS);
  }
}

/**
 * A random query: a root field with random arguments (some inline, some as variables), and a
 * random selection up to `maxDepth` levels deep. Returns the body to POST.
 */
export function randomRequest(
  schema: GraphQLSchema,
  random: () => number,
  slugs: KnownSlugs,
  maxDepth = 4,
): { query: string; variables: Record<string, unknown> } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const argumentsOf = (field: GraphQLField<unknown, unknown>) => {
    const parts: string[] = [];
    for (const argument of field.args) {
      const required = isNonNullType(argument.type);
      if (!required && random() < 0.7) continue;
      const value = randomValue(argument.type, random, slugs);
      if (random() < 0.5) {
        const name = `v${definitions.length}`;
        definitions.push(`$${name}: ${argument.type.toString()}`);
        variables[name] = value;
        parts.push(`${argument.name}: $${name}`);
      } else {
        parts.push(`${argument.name}: ${literal(value)}`);
      }
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  };
  const selection = (type: GraphQLObjectType, depth: number): string => {
    const fields = Object.values(type.getFields());
    const chosen = fields.filter(() => random() < 0.35);
    if (!chosen.length) chosen.push(pick(fields));
    return chosen
      .map((field) => {
        const named = getNamedType(field.type);
        const args = argumentsOf(field);
        if (isObjectType(named)) {
          return depth >= maxDepth
            ? `${field.name}${args} { __typename }`
            : `${field.name}${args} { ${selection(named, depth + 1)} }`;
        }
        if (!isScalarType(named) && !isEnumType(named)) return `${field.name}${args} { __typename }`;
        return `${field.name}${args}`;
      })
      .join(' ');
  };
  const root = schema.getQueryType();
  if (!root) throw new Error('the schema has no query type');
  const body = selection(root, 1);
  const header = definitions.length ? `query Fuzz(${definitions.join(', ')})` : 'query Fuzz';
  return { query: `${header} { ${body} }`, variables };
}

/** A JavaScript value as a GraphQL literal (enum-looking strings in capitals become enum values). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return /^[A-Z][A-Z_]+$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return `{ ${Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => `${key}: ${literal(item)}`)
    .join(', ')} }`;
}
