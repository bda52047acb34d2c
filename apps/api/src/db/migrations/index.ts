import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128183151_initial as PostgresInitial } from './postgresql/Migration20261128183151_initial.js';
import { Migration20261128183151_initial as SqliteInitial } from './sqlite/Migration20261128183151_initial.js';
import { Migration20261129042453_add_indexes as PostgresAddIndexes } from './postgresql/Migration20261129042453_add_indexes.js';
import { Migration20261129042453_add_indexes as SqliteAddIndexes } from './sqlite/Migration20261129042453_add_indexes.js';
import { Migration20261129052658_graph_walk_indexes as PostgresGraphWalkIndexes } from './postgresql/Migration20261129052658_graph_walk_indexes.js';
import { Migration20261129052658_graph_walk_indexes as SqliteGraphWalkIndexes } from './sqlite/Migration20261129052658_graph_walk_indexes.js';
import { Migration20261129072522_path_link_indexes as PostgresPathLinkIndexes } from './postgresql/Migration20261129072522_path_link_indexes.js';
import { Migration20261129072522_path_link_indexes as SqlitePathLinkIndexes } from './sqlite/Migration20261129072522_path_link_indexes.js';
import { Migration20261129080000_full_text_search as PostgresFullTextSearch } from './postgresql/Migration20261129080000_full_text_search.js';
import { Migration20261129080000_full_text_search as SqliteFullTextSearch } from './sqlite/Migration20261129080000_full_text_search.js';
import { Migration20261129100000_users_tokens_sessions as PostgresUsersTokensSessions } from './postgresql/Migration20261129100000_users_tokens_sessions.js';
import { Migration20261129100000_users_tokens_sessions as SqliteUsersTokensSessions } from './sqlite/Migration20261129100000_users_tokens_sessions.js';
import { Migration20261129110000_node_version as PostgresNodeVersion } from './postgresql/Migration20261129110000_node_version.js';
import { Migration20261129110000_node_version as SqliteNodeVersion } from './sqlite/Migration20261129110000_node_version.js';
import { Migration20261129120000_history as PostgresHistory } from './postgresql/Migration20261129120000_history.js';
import { Migration20261129120000_history as SqliteHistory } from './sqlite/Migration20261129120000_history.js';
import { Migration20261129130000_document_imported_facts as PostgresDocumentImportedFacts } from './postgresql/Migration20261129130000_document_imported_facts.js';
import { Migration20261129140000_sign_in_throttle as PostgresSignInThrottle } from './postgresql/Migration20261129140000_sign_in_throttle.js';
import { Migration20261129130000_document_imported_facts as SqliteDocumentImportedFacts } from './sqlite/Migration20261129130000_document_imported_facts.js';
import { Migration20261129140000_sign_in_throttle as SqliteSignInThrottle } from './sqlite/Migration20261129140000_sign_in_throttle.js';
import { Migration20261129150000_relation_walk_covering_indexes as PostgresRelationWalkCoveringIndexes } from './postgresql/Migration20261129150000_relation_walk_covering_indexes.js';
import { Migration20261129150000_relation_walk_covering_indexes as SqliteRelationWalkCoveringIndexes } from './sqlite/Migration20261129150000_relation_walk_covering_indexes.js';
import { Migration20261129160000_suggestions as PostgresSuggestions } from './postgresql/Migration20261129160000_suggestions.js';
import { Migration20261129160000_suggestions as SqliteSuggestions } from './sqlite/Migration20261129160000_suggestions.js';

/**
 * The migrations of each dialect, in order. Listed rather than globbed from disk so the same list
 * runs from dist/, under vitest and under SWC. `npm run migration:create` writes a new file into
 * each folder; add it here (a test fails when a file is missing from this list).
 */
export const migrationsByDialect: Record<'sqlite' | 'postgresql', MigrationObject[]> = {
  sqlite: [
    { name: 'Migration20261128183151_initial', class: SqliteInitial },
    { name: 'Migration20261129042453_add_indexes', class: SqliteAddIndexes },
    { name: 'Migration20261129052658_graph_walk_indexes', class: SqliteGraphWalkIndexes },
    { name: 'Migration20261129072522_path_link_indexes', class: SqlitePathLinkIndexes },
    { name: 'Migration20261129080000_full_text_search', class: SqliteFullTextSearch },
    { name: 'Migration20261129100000_users_tokens_sessions', class: SqliteUsersTokensSessions },
    { name: 'Migration20261129110000_node_version', class: SqliteNodeVersion },
    { name: 'Migration20261129120000_history', class: SqliteHistory },
    { name: 'Migration20261129130000_document_imported_facts', class: SqliteDocumentImportedFacts },
    { name: 'Migration20261129140000_sign_in_throttle', class: SqliteSignInThrottle },
    { name: 'Migration20261129150000_relation_walk_covering_indexes', class: SqliteRelationWalkCoveringIndexes },
    { name: 'Migration20261129160000_suggestions', class: SqliteSuggestions },
  ],
  postgresql: [
    { name: 'Migration20261128183151_initial', class: PostgresInitial },
    { name: 'Migration20261129042453_add_indexes', class: PostgresAddIndexes },
    { name: 'Migration20261129052658_graph_walk_indexes', class: PostgresGraphWalkIndexes },
    { name: 'Migration20261129072522_path_link_indexes', class: PostgresPathLinkIndexes },
    { name: 'Migration20261129080000_full_text_search', class: PostgresFullTextSearch },
    { name: 'Migration20261129100000_users_tokens_sessions', class: PostgresUsersTokensSessions },
    { name: 'Migration20261129110000_node_version', class: PostgresNodeVersion },
    { name: 'Migration20261129120000_history', class: PostgresHistory },
    { name: 'Migration20261129130000_document_imported_facts', class: PostgresDocumentImportedFacts },
    { name: 'Migration20261129140000_sign_in_throttle', class: PostgresSignInThrottle },
    { name: 'Migration20261129150000_relation_walk_covering_indexes', class: PostgresRelationWalkCoveringIndexes },
    { name: 'Migration20261129160000_suggestions', class: PostgresSuggestions },
  ],
};
