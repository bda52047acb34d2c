import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { PageArgs } from '../common/page.args.js';
import { Change } from './change.entity.js';

@ArgsType()
export class HistoryArgs extends PageArgs {
  @Field(() => ID, { description: 'The global ID of a node (an actor, a relation, …), present or deleted.' })
  id!: string;
}

@InputType({ description: 'Which change to undo.' })
export class RevertInput {
  @Field(() => ID, { description: 'The global ID of the change to undo (`Change.id`).' })
  changeId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Any string the client chooses; the payload returns it unchanged (Relay).',
  })
  clientMutationId?: string | null;
}

@ObjectType({ description: 'What `revert` did.' })
export class RevertPayload {
  @Field(() => Change, { description: 'The new change, of kind REVERT, that undid the other.' })
  change!: Change;

  @Field(() => Change, { description: 'The change that was undone; its `revertedBy` is now `change`.' })
  reverted!: Change;

  @Field(() => String, { nullable: true, description: 'The `clientMutationId` of the input, unchanged.' })
  clientMutationId?: string | null;
}
