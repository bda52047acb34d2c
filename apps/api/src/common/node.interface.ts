import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque ID that `node(id:)` fetches again.',
  // Every Node is a MikroORM entity whose class name is its GraphQL type name.
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Globally unique, opaque ID of this object.' })
  readonly globalId!: string;
}
