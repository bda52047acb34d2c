import {
  defaultFieldResolver,
  isAbstractType,
  isObjectType,
  isScalarType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema, getMetadataStorage, type ContainerType } from 'type-graphql';
import { ActorMutations } from '../actor/actor.mutations.js';
import { ActorResolver } from '../actor/actor.resolver.js';
import { ApiTokenResolver } from '../auth/api-token.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { UserResolver } from '../auth/user.resolver.js';
import { AttributionMutations } from '../attribution/attribution.mutations.js';
import { AttributionResolver } from '../attribution/attribution.resolver.js';
import { DocumentMutations } from '../document/document.mutations.js';
import { DocumentResolver } from '../document/document.resolver.js';
import { EventMutations } from '../event/event.mutations.js';
import { EventResolver } from '../event/event.resolver.js';
import { ParticipationResolver } from '../event/participation.resolver.js';
import { EvidenceResolver } from '../evidence/evidence.resolver.js';
import { FigureMutations } from '../figure/figure.mutations.js';
import { FigureResolver } from '../figure/figure.resolver.js';
import { NegotiationMutations } from '../negotiation/negotiation.mutations.js';
import { HistoryResolver } from '../history/history.resolver.js';
import { NegotiationResolver } from '../negotiation/negotiation.resolver.js';
import { NeighbourhoodResolver } from '../neighbourhood/neighbourhood.resolver.js';
import { PathResolver } from '../path/path.resolver.js';
import { PositionMutations } from '../position/position.mutations.js';
import { PositionResolver } from '../position/position.resolver.js';
import { RelationResolver } from '../relation/relation.resolver.js';
import { RelationMutations } from '../relation/relation.mutations.js';
import { SearchResolver } from '../search/search.resolver.js';
import { StatementMutations } from '../statement/statement.mutations.js';
import { StatementResolver } from '../statement/statement.resolver.js';
import { DocumentSuggestionsResolver, SuggestionResolver } from '../suggestions/suggestion.resolver.js';
import { authChecker } from '../common/viewer.js';
import { NodeResolver } from './node.resolver.js';

let schema: Promise<GraphQLSchema> | undefined;

/** One instance of each resolver class, as type-graphql's default container keeps; shared with the direct field resolvers below. */
const resolverInstances = new Map<unknown, unknown>();
const resolverContainer: ContainerType = {
  get(resolverClass: new () => unknown) {
    let instance = resolverInstances.get(resolverClass);
    if (instance === undefined) resolverInstances.set(resolverClass, (instance = new resolverClass()));
    return instance;
  },
};

/** The executable schema; built once per process (type-graphql metadata is global). */
export function buildParleySchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [
      ActorResolver,
      ApiTokenResolver,
      AuthResolver,
      ActorMutations,
      AttributionResolver,
      AttributionMutations,
      DocumentResolver,
      DocumentMutations,
      EventResolver,
      EventMutations,
      EvidenceResolver,
      FigureResolver,
      FigureMutations,
      HistoryResolver,
      NegotiationResolver,
      NegotiationMutations,
      NeighbourhoodResolver,
      NodeResolver,
      ParticipationResolver,
      PathResolver,
      PositionResolver,
      PositionMutations,
      RelationResolver,
      RelationMutations,
      SearchResolver,
      StatementResolver,
      UserResolver,
      StatementMutations,
      SuggestionResolver,
      DocumentSuggestionsResolver,
    ],
    authChecker,
    container: resolverContainer,
    // Inputs are checked in resolvers with messages a reader can act on; no class-validator.
    validate: false,
  }).then((built) => {
    useDefaultResolvers(built);
    callFieldResolversDirectly(built);
    resolveTypesSynchronously(built);
    // type-graphql has no option for the root type's description; the playground shows it first.
    const query = built.getQueryType();
    if (!query) throw new Error('The schema has no Query type.');
    query.description =
      'Ask a story who pressured whom, who met whom, when, and says who. Every fact carries its evidence: the exact words of the source, with their offsets.';
    const mutation = built.getMutationType();
    if (mutation) {
      mutation.description =
        'Change what Parley holds: sign in and out, manage users and API tokens (admins), and edit the stories (editors: create, update and delete each kind of fact, and merge actors). Every mutation but signIn and signOut needs a role. Each edit is one change, written whole or not at all; updates and deletes name the version they read. Every edit is one recorded change, which `history` lists and `revert` undoes.';
    }
    return built;
  });
  return schema;
}

/**
 * Gives every plain property field graphql-js's default resolver. type-graphql wraps each field
 * that has no resolver of its own in a closure that builds a resolver-data object and runs the
 * (here empty) middleware chain around `root[name]`: one allocation and two calls per field of
 * every item of every list. A field keeps type-graphql's resolver when it has a field resolver,
 * roles or middlewares, or a schema name other than its property's (the default resolver reads
 * the property named like the field). A property declared as possibly a promise (`T | Promise<T>`,
 * which TypeScript records as `Object`) gets graphql-js's default resolver by name: graphql-jit
 * reads a field without a resolver as a plain value and would not wait for it.
 */
function useDefaultResolvers(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const resolved = new Set(storage.fieldResolvers.map((resolver) => resolver.methodName));
  // Fields by class: an object type's fields come from its class, its ancestors and its interfaces.
  const plainFields = new Map<object, Set<string>>();
  const promisedFields = new Map<object, Set<string>>();
  const notPlain = new Set<string>();
  for (const field of storage.fields) {
    const plain =
      !resolved.has(field.name) &&
      field.name === field.schemaName &&
      !field.roles &&
      (field.middlewares?.length ?? 0) === 0 &&
      (field.params?.length ?? 0) === 0;
    if (!plain) {
      notPlain.add(field.schemaName);
      continue;
    }
    const declared: unknown = Reflect.getMetadata('design:type', field.target.prototype as object, field.name);
    const fields = declared === Object || declared === Promise ? promisedFields : plainFields;
    let names = fields.get(field.target);
    if (!names) fields.set(field.target, (names = new Set()));
    names.add(field.name);
  }
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const classes: object[] = [...(objectType.interfaceClasses ?? [])];
    for (let target: unknown = objectType.target; typeof target === 'function' && target !== Function.prototype;) {
      classes.push(target);
      target = Object.getPrototypeOf(target);
    }
    for (const field of Object.values(type.getFields())) {
      if (notPlain.has(field.name)) continue;
      if (classes.some((target) => plainFields.get(target)?.has(field.name))) field.resolve = undefined;
      else if (classes.some((target) => promisedFields.get(target)?.has(field.name)))
        field.resolve = defaultFieldResolver;
    }
  }
}

/** How a direct field resolver gets one parameter of the method from graphql's four. */
type ParamValue = (root: unknown, args: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => unknown;

/**
 * Calls field resolvers that take only their parent, the context, the resolve info and
 * arguments of scalar types straight on their resolver's instance. type-graphql's wrapper sorts
 * and maps the method's parameter list, builds a resolver-data object, runs the (here empty)
 * middleware chain and, for each argument, an asynchronous check that does nothing (validation
 * is off) on every call: for `Relation.source` and `target`, twice per relation of a page, for
 * `Event.participants` once per event. A scalar argument reaches the method as GraphQL coerced
 * it, as type-graphql passed it. A parent that is not an instance of the class the method
 * declares goes through type-graphql's wrapper, which converts it.
 */
function callFieldResolversDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || resolver.roles || (resolver.middlewares?.length ?? 0) > 0) continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    const kinds = params.map((param): ParamValue | undefined => {
      if (param.kind === 'root' && param.propertyName === undefined) return (root) => root;
      if (param.kind === 'context' && param.propertyName === undefined) return (_root, _args, context) => context;
      if (param.kind === 'info') return (_root, _args, _context, info) => info;
      if (
        param.kind === 'arg' &&
        param.validateSettings === undefined &&
        param.validateFn === undefined &&
        isScalarType(param.getType())
      ) {
        const { name } = param;
        return (_root, args) => args[name];
      }
      return undefined;
    });
    if (kinds.includes(undefined)) continue;
    const objectClass = resolver.getObjectType?.();
    const objectType = storage.objectTypes.find((type) => type.target === objectClass);
    // Only where type-graphql bound the method: a field of that name the class declares itself.
    if (!objectType?.fields?.some((own) => own.target === objectClass && own.name === resolver.methodName)) continue;
    const type = schema.getType(objectType.name);
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    const wrapped = field?.resolve;
    if (!field || !wrapped) continue;
    const rootParam = params.find((param) => param.kind === 'root');
    const rootClass: unknown = rootParam && 'getType' in rootParam ? rootParam.getType?.() : undefined;
    const instance = resolverContainer.get(resolver.target, undefined as never) as Record<
      string,
      (...values: unknown[]) => unknown
    >;
    const method = instance[resolver.methodName];
    if (typeof method !== 'function') continue;
    const [first, second, third] = kinds;
    const direct: GraphQLFieldResolver<unknown, unknown, Record<string, unknown>> = (root, args, context, info) => {
      if (typeof rootClass === 'function' && !(root instanceof rootClass)) return wrapped(root, args, context, info);
      // Most take two or three (the parent, the context, an argument): called without a list of them.
      if (kinds.length === 2 && first && second)
        return method.call(instance, first(root, args, context, info), second(root, args, context, info));
      if (kinds.length === 3 && first && second && third)
        return method.call(
          instance,
          first(root, args, context, info),
          second(root, args, context, info),
          third(root, args, context, info),
        );
      return method.apply(
        instance,
        kinds.map((value) => value?.(root, args, context, info)),
      );
    };
    field.resolve = direct;
  }
}

/**
 * Lets an interface or union whose declared `resolveType` names the type answer synchronously.
 * type-graphql wraps every declared `resolveType` in an async function (to turn a returned class
 * into its type's name): graphql-js then waits on a promise for every `Node` it resolves, and
 * graphql-jit cannot resolve a type from a promise at all. A declared resolver that returns
 * anything but a name still goes through type-graphql's wrapper.
 */
function resolveTypesSynchronously(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  for (const declaration of [...storage.interfaceTypes, ...storage.unions]) {
    const type = schema.getType(declaration.name);
    const declared = declaration.resolveType;
    const wrapped = isAbstractType(type) ? type.resolveType : undefined;
    if (!isAbstractType(type) || !declared || !wrapped) continue;
    type.resolveType = (value, context, info, abstractType) => {
      const resolved = declared(value, context, info, abstractType);
      return typeof resolved === 'string' ? resolved : wrapped(value, context, info, abstractType);
    };
  }
}

/** The printed contract: sorted, with a do-not-edit header. */
export async function printParleySchema(): Promise<string> {
  const header = [
    '# Parley public GraphQL contract.',
    '# GENERATED FILE — do not edit. Regenerate with `npm run generate` after changing the API.',
    '',
  ].join('\n');
  return `${header}${printSchema(lexicographicSortSchema(await buildParleySchema()))}\n`;
}
