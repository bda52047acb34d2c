// @ts-check
import { buildSchema, getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType } from 'graphql';
import { cell } from './tables.js';

/** Arguments every list has: they choose a page, not what is in it (see the pagination guide). */
const PAGE_ARGUMENTS = new Set(['first', 'after']);

/**
 * A table of every list field's filter arguments (its arguments besides `first` and `after`, an
 * input object's fields spelt out), with their types and descriptions, from the SDL: Query's lists
 * first, then each type's, in alphabetical order.
 * @param {string} sdl
 */
export function filterArgumentsTable(sdl) {
  const schema = buildSchema(sdl);
  const queryType = schema.getQueryType();
  const types = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__') && type !== queryType)
    .sort((a, b) => a.name.localeCompare(b.name));
  const rows = [];
  for (const type of [queryType, ...types]) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!returnsList(field.type)) continue;
      const where = type === queryType ? `\`${field.name}\`` : `\`${type.name}.${field.name}\``;
      for (const argument of field.args) {
        if (PAGE_ARGUMENTS.has(argument.name)) continue;
        const named = getNamedType(argument.type);
        if (isInputObjectType(named)) {
          for (const inner of Object.values(named.getFields())) {
            rows.push(row(where, `${argument.name}.${inner.name}`, String(inner.type), inner.description));
          }
        } else {
          rows.push(row(where, argument.name, String(argument.type), argument.description));
        }
      }
    }
  }
  return ['| list | argument | type | keeps |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** @param {import('graphql').GraphQLOutputType} type */
function returnsList(type) {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) || getNamedType(type).name.endsWith('Connection');
}

/**
 * @param {string} where
 * @param {string} name
 * @param {string} type
 * @param {string | null | undefined} description
 */
function row(where, name, type, description) {
  return `| ${where} | \`${name}\` | \`${cell(type)}\` | ${cell(description ?? '')} |`;
}
