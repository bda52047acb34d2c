/** An actor as the grouping sees it: its slug and name, and the organisations of its titles in the story's order. */
export interface TitledActor {
  slug: string;
  name: string;
  positions?: readonly { organization?: { slug: string; name: string } | null }[] | null;
}

/** An actor boxed with one organisation while holding titles in others too. */
export interface AlsoTitledElsewhere {
  slug: string;
  name: string;
  /** The organisation whose box the actor is drawn in. */
  boxedIn: string;
  /** The other organisations it holds titles in, by name, in the story's order. */
  elsewhere: string[];
}

/** The id of the box grouping an organisation's people; never an actor's slug (those have no colon). */
export const groupId = (organisation: string) => `group:${organisation}`;

/**
 * Which box each actor is drawn in, by slug, for grouping the graph by organisation. An actor goes
 * in the box of its first-listed title (the order the story gives its titles, as the API returns
 * them) whose organisation has a box at all; an organisation on the graph sits in its own box,
 * with its people. One level only, and only boxes that hold two actors or more: a box around a
 * single actor says nothing. An actor with titles in other organisations too is listed in
 * `elsewhere`, so the view can say so rather than hide it.
 */
export function organisationGroups(actors: readonly TitledActor[]): {
  parentOf: Map<string, string>;
  groups: Map<string, string>;
  elsewhere: AlsoTitledElsewhere[];
} {
  const names = new Map<string, string>();
  const organisationsOf = new Map<string, string[]>();
  for (const actor of actors) {
    const organisations: string[] = [];
    for (const position of actor.positions ?? []) {
      const organisation = position.organization;
      if (!organisation || organisation.slug === actor.slug || organisations.includes(organisation.slug)) continue;
      names.set(organisation.slug, organisation.name);
      organisations.push(organisation.slug);
    }
    if (organisations.length) organisationsOf.set(actor.slug, organisations);
  }
  const onGraph = new Set(actors.map((actor) => actor.slug));
  // Who could sit in each organisation's box: everyone titled in it, and the organisation itself.
  const candidates = new Map<string, number>();
  for (const organisations of organisationsOf.values())
    for (const organisation of organisations) candidates.set(organisation, (candidates.get(organisation) ?? 0) + 1);
  const boxable = (organisation: string) =>
    (candidates.get(organisation) ?? 0) + (onGraph.has(organisation) ? 1 : 0) >= 2;

  const memberOf = new Map<string, string>();
  for (const [slug, organisations] of organisationsOf) {
    const organisation = organisations.find(boxable);
    if (organisation) memberOf.set(slug, organisation);
  }
  for (const slug of onGraph) if (names.has(slug)) memberOf.set(slug, slug);
  const sizes = new Map<string, number>();
  for (const organisation of memberOf.values()) sizes.set(organisation, (sizes.get(organisation) ?? 0) + 1);

  const parentOf = new Map<string, string>();
  const groups = new Map<string, string>();
  for (const [slug, organisation] of memberOf) {
    if ((sizes.get(organisation) ?? 0) < 2) continue;
    parentOf.set(slug, groupId(organisation));
    groups.set(groupId(organisation), names.get(organisation) ?? organisation);
  }
  const elsewhere = actors.flatMap((actor) => {
    const organisations = organisationsOf.get(actor.slug) ?? [];
    const boxedIn = parentOf.has(actor.slug) ? memberOf.get(actor.slug) : undefined;
    if (!boxedIn || organisations.length < 2) return [];
    const others = organisations.filter((organisation) => organisation !== boxedIn);
    return [
      {
        slug: actor.slug,
        name: actor.name,
        boxedIn: names.get(boxedIn) ?? boxedIn,
        elsewhere: others.map((organisation) => names.get(organisation) ?? organisation),
      },
    ];
  });
  return { parentOf, groups, elsewhere };
}
