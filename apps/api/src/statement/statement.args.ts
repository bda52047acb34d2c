import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../common/page.args.js';
import { StatementKind } from './statement-kind.js';

@ArgsType()
export class StatementsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Slug of the speaker.' })
  speaker?: string | null;

  @Field(() => [StatementKind], {
    nullable: true,
    description: 'Only these kinds (DECLINED_TO_COMMENT and NO_REPLY list the non-responses).',
  })
  kinds?: StatementKind[] | null;
}
