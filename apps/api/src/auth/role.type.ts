import { registerEnumType } from 'type-graphql';
import type { Role } from '../common/viewer.js';

/** The roles as GraphQL enum values (READER…), each standing for the role it names. */
export const RoleValue = {
  READER: 'reader',
  EDITOR: 'editor',
  ADMIN: 'admin',
} as const satisfies Record<string, Role>;

registerEnumType(RoleValue, {
  name: 'Role',
  description: 'What a user may do; each role includes the ones before it.',
  valuesConfig: {
    READER: { description: 'Reads everything, also when the server does not allow anonymous reads.' },
    EDITOR: { description: 'Reads, and changes the stories (creates, updates, deletes facts).' },
    ADMIN: { description: 'Edits, and manages users and every API token.' },
  },
});
