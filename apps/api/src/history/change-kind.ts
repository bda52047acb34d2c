import { registerEnumType } from 'type-graphql';

/** How a change came about. Stored lower-case; GraphQL names the values in capitals. */
export enum ChangeKind {
  MUTATION = 'mutation',
  IMPORT = 'import',
  REVERT = 'revert',
}

registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'How a change came about.',
  valuesConfig: {
    MUTATION: { description: 'An edit made through the API by a signed-in user.' },
    IMPORT: { description: 'A story bundle imported (one change per bundle).' },
    REVERT: { description: 'The undoing of an earlier change (`reverts` names it).' },
  },
});

/** What a change did to one row. */
export enum ChangeOperation {
  CREATE = 'create',
  UPDATE = 'update',
  DELETE = 'delete',
}

registerEnumType(ChangeOperation, {
  name: 'ChangeOperation',
  description: 'What a change did to one row.',
  valuesConfig: {
    CREATE: { description: 'The row was added: `before` is null.' },
    UPDATE: { description: 'The row was changed: `before` and `after` are both set.' },
    DELETE: { description: 'The row was removed: `after` is null, `before` holds all it takes to restore it.' },
  },
});
