import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { EvidenceInput } from '../editing/evidence.input.js';
import { SuggestibleInput, UpdateNodeInput } from '../editing/payloads.js';
import { ActorKind } from './actor-kind.js';
import { Actor } from './actor.entity.js';

@InputType({ description: 'A new actor, with the words of a document that name it.' })
export class CreateActorInput extends SuggestibleInput {
  @Field({ description: 'Stable readable key: lower-case ASCII words joined by "-" ("nicolas-maduro"); unique.' })
  slug!: string;

  @Field({ description: 'The fullest name the sources use.' })
  name!: string;

  @Field(() => [String], { nullable: true, description: 'Other names the sources use.' })
  aliases?: string[] | null;

  @Field(() => ActorKind, { description: 'What sort of actor this is.' })
  kind!: ActorKind;

  @Field(() => String, { nullable: true, description: 'Who this actor is, in one sentence.' })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the summary rests on a fact from outside the sources.' })
  basis?: string | null;

  @Field(() => ID, { description: 'The document the evidence quotes.' })
  documentId!: string;

  @Field(() => [EvidenceInput], { description: 'The words of the document that name the actor; at least one.' })
  evidence!: EvidenceInput[];
}

@InputType({
  description:
    'An actor to create with the fact that names it, in the same change: checked as createActor checks a new actor; its evidence quotes the fact’s document.',
})
export class NewActorInput {
  @Field({ description: 'The fullest name the sources use.' })
  name!: string;

  @Field(() => ActorKind, { description: 'What sort of actor this is.' })
  kind!: ActorKind;

  @Field(() => String, {
    nullable: true,
    description:
      'Stable readable key, unique; made from the name ("Nicolás Maduro" gives "nicolas-maduro") when left out.',
  })
  slug?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other names the sources use.' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Who this actor is, in one sentence.' })
  summary?: string | null;

  @Field(() => [EvidenceInput], {
    nullable: true,
    description:
      'The words of the fact’s document that name the actor; when left out, the first place it gives the name.',
  })
  evidence?: EvidenceInput[] | null;
}

@InputType({ description: 'Changes to an actor: the fields given are set, the others stay as they are.' })
export class UpdateActorInput extends UpdateNodeInput {
  @Field(() => String, { nullable: true, description: 'A new slug; unique.' })
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'The fullest name the sources use.' })
  name?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other names the sources use, replacing the list.' })
  aliases?: string[] | null;

  @Field(() => ActorKind, { nullable: true, description: 'What sort of actor this is.' })
  kind?: ActorKind | null;

  @Field(() => String, { nullable: true, description: 'Who this actor is; null clears it.' })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the summary rests on an outside fact; null clears it.' })
  basis?: string | null;

  @Field(() => ID, { nullable: true, description: 'The document whose evidence `evidence` replaces; needed with it.' })
  documentId?: string | null;

  @Field(() => [EvidenceInput], {
    nullable: true,
    description: 'The words of `documentId`’s text that name the actor, replacing its evidence there.',
  })
  evidence?: EvidenceInput[] | null;
}

@InputType({ description: 'Two records of the same actor: which one stays, which one goes, and the versions read.' })
export class MergeActorsInput {
  @Field(() => ID, { description: 'The actor that stays.' })
  keepId!: string;

  @Field(() => Int, { description: 'The version of the kept actor the client read.' })
  keepVersion!: number;

  @Field(() => ID, { description: 'The actor that goes: its facts move to the kept one, its names become aliases.' })
  mergeId!: string;

  @Field(() => Int, { description: 'The version of the merged actor the client read.' })
  mergeVersion!: number;
}

@ObjectType({ description: 'What mergeActors wrote.' })
export class MergeActorsPayload {
  @Field(() => Actor, { nullable: true, description: 'The kept actor, with every fact of the other one.' })
  actor?: Actor | null;

  @Field(() => ID, { description: 'The ID of the merged actor, which no longer exists.' })
  mergedId!: string;
}
