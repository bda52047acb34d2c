import { registerEnumType } from 'type-graphql';

export enum StatementKind {
  QUOTE = 'QUOTE',
  PARAPHRASE = 'PARAPHRASE',
  DECLINED_TO_COMMENT = 'DECLINED_TO_COMMENT',
  NO_REPLY = 'NO_REPLY',
}

registerEnumType(StatementKind, {
  name: 'StatementKind',
  description: 'What an actor said — or that they chose not to say anything.',
  valuesConfig: {
    QUOTE: { description: 'Their words, quoted directly.' },
    PARAPHRASE: { description: 'What they said, in the reporter’s words.' },
    DECLINED_TO_COMMENT: { description: 'They were asked and declined to comment.' },
    NO_REPLY: { description: 'They were asked and did not (immediately) reply.' },
  },
});
