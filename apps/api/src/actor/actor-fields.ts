import type { Document } from '../document/document.entity.js';
import { isStored, orNull, type Edit } from '../editing/edit.js';
import { EvidenceInput } from '../editing/evidence.input.js';
import { searchable } from '../common/search.js';
import { slugOf } from '../common/slug.js';
import { Actor } from './actor.entity.js';
import type { NewActorInput, UpdateActorInput } from './actor.inputs.js';

type ActorOwnFields = Omit<UpdateActorInput, 'id' | 'version' | 'documentId' | 'evidence'>;

/** An actor's own fields, checked with the importer's rules (problems reported at `path`) and set on it. */
export async function applyActorFields(
  actor: Actor,
  fields: ActorOwnFields,
  edit: Edit,
  path = 'input',
): Promise<void> {
  const { slug, name, aliases, kind, summary, basis } = fields;
  edit.fields('actors', Actor.name, { slug, name, aliases, kind, summary, basis }, path);
  if (slug && slug !== actor.slug && !(await edit.claimSlug(Actor, slug))) {
    edit.report(`${path}.slug`, `"${slug}" is another actor's slug`);
  }
  if (slug) actor.slug = slug;
  if (name) actor.name = name;
  if (aliases) actor.aliases = [...new Set(aliases)];
  if (kind) actor.kind = kind;
  if (summary !== undefined) actor.summary = orNull(summary);
  if (basis !== undefined) actor.basis = orNull(basis);
  actor.searchText = searchable(actor.name, ...actor.aliases, actor.slug);
}

/** The slug a new actor gets from its name when none is given: lower-case ASCII words joined by "-". */
export function slugOfName(name: string): string {
  return slugOf(name).slice(0, 80).replace(/-+$/, '');
}

/**
 * The actor a fact names, for the fact being created or updated: the one `input[idField]` names,
 * or a new actor (`input[newField]`) created in the same change, so a refused fact leaves no
 * actor behind. Left out of a new fact, a `required` actor is a problem; on a stored one, it stays.
 */
export async function chosenActor<I extends string, N extends string>(
  edit: Edit,
  fact: object,
  document: Document,
  input: { [K in I]?: string | null } & { [K in N]?: NewActorInput | null },
  [idField, newField]: [idField: I, newField: N],
  { required, path = 'input' }: { required: boolean; path?: string },
): Promise<Actor | null | undefined> {
  const id: string | null | undefined = input[idField];
  const created: NewActorInput | null | undefined = input[newField];
  const paths = { id: `${path}.${idField}`, created: `${path}.${newField}` };
  if (created != null) {
    if (id != null) edit.report(paths.created, `names a new actor where ${idField} names one: give only one`);
    return createNamedActor(edit, created, document, paths.created);
  }
  if (id === undefined && required && !isStored(fact)) {
    edit.report(paths.id, `is required (or ${newField} for a new actor)`);
    return undefined;
  }
  return edit.link(Actor, id, paths.id, required);
}

/** A new actor named by a fact, checked as createActor checks one; its evidence quotes the fact's document. */
async function createNamedActor(
  edit: Edit,
  input: NewActorInput,
  document: Document,
  path: string,
): Promise<Actor | undefined> {
  const before = edit.problemCount;
  const actor = new Actor();
  const { name, kind, aliases, summary } = input;
  await applyActorFields(actor, { name, kind, aliases, summary, slug: input.slug ?? slugOfName(name) }, edit, path);
  // Evidence made for an actor with bad fields would take the actor with it into the next flush.
  if (edit.problemCount > before) return undefined;
  const evidence = input.evidence ?? [Object.assign(new EvidenceInput(), { quote: name, occurrence: 1 })];
  await edit.evidence('actors', 'actor', actor, document, evidence, `${path}.evidence`);
  if (edit.problemCount > before) return undefined;
  edit.em.persist(actor);
  return actor;
}
