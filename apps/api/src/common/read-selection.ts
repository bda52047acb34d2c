import type { ApolloServerPlugin } from '@apollo/server';
import {
  isAbstractType,
  isObjectType,
  Kind,
  OperationTypeNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { RequestLoaders } from './loaders.js';
import { everyRequest } from './combined-plugins.js';

/**
 * What one GraphQL document reads of each object type: the names of the fields it selects on
 * that type (through fragments and interfaces), plus the entity properties field resolvers
 * declared they need (`readsForField`). Reads select the columns of these properties only.
 */
export type FieldsByType = ReadonlyMap<string, ReadonlySet<string>>;

/** `Type.field` → the properties of each entity type that resolving it reads. */
const fieldReads = new Map<string, Record<string, readonly string[]>>();

/**
 * Declares the properties a field resolver reads beyond those named like the fields a query
 * selects, so that reads fetch their columns: `Relation.kindInfo` reads `kind`;
 * `Participation.attribution` reads the participation's `event` and that event's `attribution`.
 * A property that a resolver reads without being declared throws when read (see `row-mapper.ts`).
 */
export function readsForField(type: string, field: string, reads: Record<string, readonly string[]>): void {
  fieldReads.set(`${type}.${field}`, reads);
}

const fieldsByDocument = new WeakMap<DocumentNode, FieldsByType>();

/**
 * The fields a document selects on each object type, computed once per document: Apollo keeps
 * parsed documents, so every request of the same query shares the answer. A field selected on
 * an interface or a union counts for each of its object types.
 */
export function fieldsByType(schema: GraphQLSchema, document: DocumentNode): FieldsByType {
  const known = fieldsByDocument.get(document);
  if (known) return known;
  const fields = new Map<string, Set<string>>();
  const add = (type: string, field: string) => {
    let names = fields.get(type);
    if (!names) fields.set(type, (names = new Set()));
    names.add(field);
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD](node) {
        const parent = typeInfo.getParentType();
        const name = node.name.value;
        if (!parent || name.startsWith('__')) return;
        const types = isAbstractType(parent) ? schema.getPossibleTypes(parent) : isObjectType(parent) ? [parent] : [];
        for (const type of types) {
          add(type.name, name);
          for (const [entity, properties] of Object.entries(fieldReads.get(`${type.name}.${name}`) ?? {}))
            for (const property of properties) add(entity, property);
        }
      },
    }),
  );
  fieldsByDocument.set(document, fields);
  return fields;
}

/**
 * Hands each query's selection to the request's reads once Apollo has resolved the operation.
 * Mutations keep reading every column: what they return is read back whole, as they wrote it.
 */
export function readSelectionPlugin<C extends { loaders: RequestLoaders }>(): ApolloServerPlugin<C> {
  return {
    requestDidStart: everyRequest({
      didResolveOperation({ contextValue, document, operation, schema }) {
        if (operation?.operation === OperationTypeNode.QUERY)
          contextValue.loaders.reader.select(fieldsByType(schema, document));
        return Promise.resolve();
      },
    }),
  };
}
