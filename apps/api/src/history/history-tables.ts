import {
  Cascade,
  ReferenceKind,
  type EntityManager,
  type EntityMetadata,
  type EntityProperty,
  type MetadataStorage,
  type Platform,
} from '@mikro-orm/core';
import { pushTo } from './history-sql.js';

/** A row as its table holds it, by column name, with JSON columns parsed and booleans as booleans. */
export type ColumnRow = Record<string, unknown>;

/** How one column's value is read into a recorded row and written back. */
interface ColumnCodec {
  toRecord(value: unknown): unknown;
  toDatabase(value: unknown): unknown;
}

/** A table of an entity the history records: every entity's but the history's own. */
export interface RecordedTable {
  /** The entity's name, which is also its GraphQL type and the first part of its global IDs. */
  entity: string;
  table: string;
  /** Columns that need converting between the driver and a recorded row (JSON, booleans). */
  codecs: Map<string, ColumnCodec>;
  /** The optimistic-locking column, when the entity has one: a revert moves it forward. */
  versionColumn?: string;
  /** Parents come first: insert in ascending rank, delete in descending. */
  rank: number;
  /** Its foreign keys: the column, and the entity whose row it names. */
  references: { column: string; entity: string }[];
}

/**
 * An ordered many-to-many list kept in a link table of its own (a negotiation's parties). The
 * history records a list as one row of its owner holding all its links, so a node's history
 * shows its lists, and a revert puts the whole list back as it was.
 */
export interface RecordedList {
  /** `<Owner>.<property>` ("Negotiation.parties"). */
  name: string;
  owner: string;
  table: string;
  ownerColumn: string;
  target: string;
  targetColumn: string;
}

/** A foreign key into a recorded table, and what the database does to its rows when the row it names is deleted. */
export interface ReferringColumn {
  from: RecordedTable;
  column: string;
  onDelete: 'cascade' | 'set null';
}

export interface HistoryTables {
  byEntity: Map<string, RecordedTable>;
  lists: RecordedList[];
  /** The lists of an owner entity, by entity name. */
  listsOf: Map<string, RecordedList[]>;
  /** Foreign keys the database follows on delete (cascade or set null), by the entity they refer to. */
  referringTo: Map<string, ReferringColumn[]>;
}

/** Entities that are the history itself: never recorded. */
const HISTORY_ENTITIES = new Set(['Change', 'ChangeRow']);

function codecOf(prop: EntityProperty, platform: Platform, sqlite: boolean): ColumnCodec | undefined {
  const { customType } = prop;
  if (customType) {
    return {
      toRecord: (value): unknown => (value == null ? null : (customType.convertToJSValue(value, platform) as unknown)),
      toDatabase: (value): unknown =>
        value == null ? null : (customType.convertToDatabaseValue(value, platform) as unknown),
    };
  }
  if (prop.runtimeType === 'boolean') {
    return {
      toRecord: (value) => (value == null ? null : Boolean(value)),
      // better-sqlite3 binds numbers, not booleans.
      toDatabase: (value) => (value == null ? null : sqlite ? Number(value === true) : value === true),
    };
  }
  return undefined;
}

/** What the database does to a row whose foreign key names a deleted row (as the schema generator declares it). */
function onDeleteOf(prop: EntityProperty): 'cascade' | 'set null' | undefined {
  const rule: string | undefined =
    prop.deleteRule ??
    (prop.cascade.includes(Cascade.REMOVE) || prop.cascade.includes(Cascade.ALL)
      ? 'cascade'
      : prop.nullable
        ? 'set null'
        : undefined);
  return rule === 'cascade' ? 'cascade' : rule === 'set null' ? 'set null' : undefined;
}

function build(metadata: MetadataStorage, platform: Platform): HistoryTables {
  const sqlite = platform.constructor.name.toLowerCase().includes('sqlite');
  const metas = Object.values(metadata.getAll()).filter(
    (meta) => !meta.embeddable && !meta.pivotTable && !meta.virtual && !HISTORY_ENTITIES.has(meta.className),
  );
  const byEntity = new Map<string, RecordedTable>();
  for (const meta of metas) {
    const codecs = new Map<string, ColumnCodec>();
    for (const prop of meta.props) {
      if (prop.kind !== ReferenceKind.SCALAR || prop.persist === false) continue;
      const codec = codecOf(prop, platform, sqlite);
      const [column] = (prop.fieldNames as string[] | undefined) ?? [];
      if (codec && column) codecs.set(column, codec);
    }
    const versionProperty = meta.versionProperty as string | undefined;
    const versionColumn = versionProperty ? meta.properties[versionProperty as never]?.fieldNames[0] : undefined;
    const references = meta.props.flatMap((prop) =>
      prop.kind === ReferenceKind.MANY_TO_ONE && prop.fieldNames[0]
        ? [{ column: prop.fieldNames[0], entity: prop.type }]
        : [],
    );
    byEntity.set(meta.className, {
      entity: meta.className,
      table: meta.tableName,
      codecs,
      ...(versionColumn ? { versionColumn } : {}),
      rank: 0,
      references,
    });
  }

  // Rank: one more than the deepest entity a many-to-one refers to (the model has no cycles of required keys).
  const parentsOf = (meta: EntityMetadata) =>
    meta.props
      .filter((prop) => prop.kind === ReferenceKind.MANY_TO_ONE && prop.type !== meta.className)
      .map((prop) => prop.type);
  const metaByName = new Map(metas.map((meta) => [meta.className, meta]));
  const ranks = new Map<string, number>();
  const rankOf = (name: string, seen: Set<string>): number => {
    const known = ranks.get(name);
    if (known !== undefined) return known;
    const meta = metaByName.get(name);
    if (!meta || seen.has(name)) return 0;
    seen.add(name);
    const rank = 1 + Math.max(0, ...parentsOf(meta).map((parent) => rankOf(parent, seen)));
    ranks.set(name, rank);
    return rank;
  };
  for (const table of byEntity.values()) table.rank = rankOf(table.entity, new Set());

  const referringTo = new Map<string, ReferringColumn[]>();
  const lists: RecordedList[] = [];
  for (const meta of metas) {
    const from = byEntity.get(meta.className);
    if (!from) continue;
    for (const prop of meta.props) {
      if (prop.kind === ReferenceKind.MANY_TO_ONE) {
        const onDelete = onDeleteOf(prop);
        const [column] = prop.fieldNames;
        if (!onDelete || !column) continue;
        const referring = referringTo.get(prop.type) ?? [];
        referring.push({ from, column, onDelete });
        referringTo.set(prop.type, referring);
      }
      if (prop.kind === ReferenceKind.MANY_TO_MANY && prop.owner && prop.pivotTable) {
        const [ownerColumn] = prop.joinColumns;
        const [targetColumn] = prop.inverseJoinColumns;
        if (!ownerColumn || !targetColumn) continue;
        lists.push({
          name: `${meta.className}.${prop.name}`,
          owner: meta.className,
          table: prop.pivotTable,
          ownerColumn,
          target: prop.type,
          targetColumn,
        });
      }
    }
  }
  const listsOf = new Map<string, RecordedList[]>();
  for (const list of lists) pushTo(listsOf, list.owner, list);
  return { byEntity, lists, listsOf, referringTo };
}

const cache = new WeakMap<MetadataStorage, HistoryTables>();

/** The recorded tables of the database `em` works on, worked out once from the ORM's metadata. */
export function historyTables(em: EntityManager): HistoryTables {
  const metadata = em.getMetadata();
  let tables = cache.get(metadata);
  if (!tables) {
    tables = build(metadata, em.getPlatform());
    cache.set(metadata, tables);
  }
  return tables;
}

/** A change row's `before` or `after` as stored: parsed already by PostgreSQL, text in SQLite. */
export function parsedRow(value: unknown): ColumnRow | ColumnRow[] | null {
  if (value == null) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as ColumnRow | ColumnRow[];
}

/** A row read from the database, as the history records it. */
export function toRecord(table: RecordedTable | undefined, row: ColumnRow): ColumnRow {
  if (!table?.codecs.size) return { ...row };
  const recorded: ColumnRow = {};
  for (const [column, value] of Object.entries(row)) {
    recorded[column] = table.codecs.get(column)?.toRecord(value) ?? value;
  }
  return recorded;
}

/** A recorded row, as the driver binds it. */
export function toDatabase(table: RecordedTable | undefined, row: ColumnRow): ColumnRow {
  if (!table?.codecs.size) return { ...row };
  const values: ColumnRow = {};
  for (const [column, value] of Object.entries(row)) {
    const codec = table.codecs.get(column);
    values[column] = codec ? codec.toDatabase(value) : value;
  }
  return values;
}

/**
 * A recorded row as a revert writes it back: its version one past `latest` (the row as it is
 * now, or as it was deleted), never the old one, so that copies read before the revert are stale.
 */
export function writtenBack(table: RecordedTable, row: ColumnRow, latest: ColumnRow): ColumnRow {
  const column = table.versionColumn;
  return column ? { ...row, [column]: Number(latest[column] ?? 0) + 1 } : { ...row };
}
