import {
  ReferenceKind,
  type EntityClass,
  type EntityMetadata,
  type EntityProperty,
  type Platform,
} from '@mikro-orm/core';

/** A row as a driver returns it: column name → value. */
export type Row = Record<string, unknown>;

/** Turns rows of one entity's table into instances of its class, without the ORM's unit of work. */
export type RowMapper<T> = (row: Row) => T;

/** Sets one property of a read-only instance from a row. */
type Step = (target: Record<string, unknown>, row: Row) => void;

/** A column's value as the ORM's hydrator would give it: booleans and JSON converted, NULL as null. */
function scalarValue(prop: EntityProperty, platform: Platform): (value: unknown) => unknown {
  const { customType } = prop;
  if (customType) return (value): unknown => (value == null ? null : customType.convertToJSValue(value, platform));
  if (prop.runtimeType === 'boolean') return (value) => (value == null ? null : Boolean(value));
  if (prop.runtimeType === 'Date')
    return (value) => (value == null || value instanceof Date ? value : new Date(value as string));
  return (value) => value ?? null;
}

/** The steps that set a scalar or many-to-one property (`{ id }` for a reference: its id is all a read needs). */
function propertyStep(prop: EntityProperty, platform: Platform): Step | undefined {
  // Properties without columns (collections) have no field names at all.
  const [column] = (prop.fieldNames as string[] | undefined) ?? [];
  if (!column || prop.persist === false) return undefined;
  const { name } = prop;
  if (prop.kind === ReferenceKind.SCALAR) {
    const convert = scalarValue(prop, platform);
    return (target, row) => {
      target[name] = convert(row[column]);
    };
  }
  if (prop.kind === ReferenceKind.MANY_TO_ONE) {
    return (target, row) => {
      const id = row[column];
      target[name] = id == null ? null : { id };
    };
  }
  return undefined;
}

/**
 * The step that sets an embedded value object (a partial date): an instance of the embeddable
 * with its columns, or null when every one of them is null, as the ORM hydrates it.
 */
function embeddedStep(prop: EntityProperty, platform: Platform): Step {
  const children = Object.values(prop.embeddedProps).flatMap((child) => {
    const [column] = child.fieldNames;
    return column ? [{ name: child.embedded?.[1] ?? child.name, column, convert: scalarValue(child, platform) }] : [];
  });
  const embeddable = prop.embeddable as EntityClass<object>;
  const prototype = valueHolderPrototype(
    embeddable.prototype as object,
    children.map((child) => child.name),
  );
  const { name } = prop;
  return (target, row) => {
    if (children.every((child) => row[child.column] == null)) {
      target[name] = null;
      return;
    }
    const value = Object.create(prototype) as Record<string, unknown>;
    for (const child of children) value[child.name] = child.convert(row[child.column]);
    target[name] = value;
  };
}

/**
 * A prototype between the class's and each instance that holds its properties as plain data:
 * the ORM defines setters on entity prototypes that would start tracking every instance, and
 * these shadow them, so `instanceof` and the class's getters still work but nothing is tracked.
 * A property whose columns the read left out throws when read, so that a resolver reading it
 * fails in the tests instead of answering null (see `readsForField`).
 */
function valueHolderPrototype(classPrototype: object, names: string[], unread: string[] = []): object {
  const entity = (classPrototype.constructor as { name?: string } | undefined)?.name ?? 'entity';
  return Object.create(classPrototype, {
    ...Object.fromEntries(names.map((name) => [name, { value: undefined, writable: true, enumerable: true }])),
    ...Object.fromEntries(
      unread.map((name) => [
        name,
        {
          get(): never {
            throw new Error(
              `${entity}.${name} was not read: the query does not select it; declare what the field needs with readsForField`,
            );
          },
          set(this: object, value: unknown) {
            Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
          },
        },
      ]),
    ),
  }) as object;
}

/**
 * The mapper of one entity, built once from the ORM's metadata: each column to its property,
 * converted as the ORM converts it, into an instance of the entity's class (so GraphQL's type
 * resolution and the class's getters, such as `globalId`, work) that no unit of work knows.
 * Many-to-one properties hold `{ id }` only: field resolvers load them by id, batched.
 * Collections are left out: list fields have loaders of their own. With `properties`, rows hold
 * the columns of those properties only, and the others are unread.
 */
export function buildRowMapper<T>(
  meta: EntityMetadata<T>,
  platform: Platform,
  properties?: ReadonlySet<string>,
): RowMapper<T> {
  const steps: Step[] = [];
  const names: string[] = [];
  const unread: string[] = [];
  for (const prop of meta.props as EntityProperty[]) {
    if (prop.embedded) continue; // a column of an embeddable: set with its owner below
    const step = prop.kind === ReferenceKind.EMBEDDED ? embeddedStep(prop, platform) : propertyStep(prop, platform);
    if (!step) continue;
    if (properties && !properties.has(prop.name)) {
      unread.push(prop.name);
      continue;
    }
    steps.push(step);
    names.push(prop.name);
  }
  const prototype = valueHolderPrototype(meta.prototype as object, names, unread);
  return (row) => {
    const target = Object.create(prototype) as Record<string, unknown>;
    for (const step of steps) step(target, row);
    return target as T;
  };
}

/** The columns of the properties a mapper sets, by property (an embedded value has several). */
export function columnsOfProperty(prop: EntityProperty): string[] {
  if (prop.kind === ReferenceKind.EMBEDDED)
    return Object.values(prop.embeddedProps).flatMap((child) => (child.fieldNames as string[] | undefined) ?? []);
  if (prop.persist === false || (prop.kind !== ReferenceKind.SCALAR && prop.kind !== ReferenceKind.MANY_TO_ONE))
    return [];
  return prop.fieldNames;
}
