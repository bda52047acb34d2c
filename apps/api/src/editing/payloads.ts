import type { ClassType } from 'type-graphql';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/** Fields every update input has: which node, and the version the client read (a base class: not a type of its own). */
@InputType()
export abstract class UpdateNodeInput {
  @Field(() => ID, { description: 'The node to change.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version the client read. A node changed since is not overwritten: the answer is CONFLICT.',
  })
  version!: number;
}

/** The payload of a create or update: the node as stored after the change. */
export function nodePayload<T extends object>(node: ClassType<T>, name: string, field: string, verb: string) {
  @ObjectType(`${verb}${name}Payload`, { description: `What ${verb.toLowerCase()}${name} wrote.` })
  class NodePayload {
    @Field(() => node, {
      name: field,
      nullable: true,
      description: `The ${field} as stored after the change, read back from the database.`,
    })
    node?: T | null;
  }
  return NodePayload;
}

/** The input of a delete: which node, at which version, and whether what refers to it goes too. */
export function deleteInput(name: string, referredTo: boolean) {
  @InputType(`Delete${name}Input`, { description: `Which ${name} to delete.` })
  class DeleteInput extends UpdateNodeInput {
    @Field({
      defaultValue: false,
      description: referredTo
        ? `Also delete the facts that cannot be without this ${name} (and clear optional references to it). Without it, a ${name} other facts refer to is not deleted: the error's \`references\` counts them by type.`
        : `Accepted for uniformity: nothing refers to a ${name}; its evidence always goes with it.`,
    })
    cascade!: boolean;
  }
  return DeleteInput;
}

/** What a delete removed. */
export function deletePayload(name: string) {
  @ObjectType(`Delete${name}Payload`, { description: `What delete${name} removed.` })
  class DeletePayload {
    @Field(() => ID, { description: `The ID of the deleted ${name}.` })
    deletedId!: string;

    @Field(() => [ID], {
      description: `Every node the change removed: the ${name}, its evidence and parts, and with cascade the facts that referred to it.`,
    })
    deletedIds!: string[];
  }
  return DeletePayload;
}

/**
 * Fields every create input of a fact kind has: the suggestion it comes from, when an editor
 * corrected a suggested fact before saving it (a base class: not a type of its own).
 */
@InputType()
export abstract class SuggestibleInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The pending suggestion this fact comes from, when the fact is a suggestion an editor corrected before saving: it is marked accepted in the same change. Left out for a fact made by hand.',
  })
  suggestionId?: string | null;
}
