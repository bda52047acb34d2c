import { StatementKind } from '@parley/schema';

/** What each kind of statement is called where a reader sees it, in the order filters list them. */
export const STATEMENT_KIND: Record<StatementKind, string> = {
  QUOTE: 'Quoted',
  PARAPHRASE: 'Said',
  DECLINED_TO_COMMENT: 'Declined to comment',
  NO_REPLY: 'Did not reply',
};

/** The kinds that are not words at all: asked, and no answer. */
export const NON_RESPONSES: readonly StatementKind[] = [StatementKind.DECLINED_TO_COMMENT, StatementKind.NO_REPLY];
