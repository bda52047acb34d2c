import type { BenchContext } from './shapes.js';
import { pathLengths, type Db } from './targets/hand-sql.js';

/** Picks, from the corpus itself, the actors and words the shapes ask about. */
export async function pickContext(db: Db): Promise<BenchContext> {
  const [hub] = await db.all<{ slug: string }>(
    `select a.slug from relation r join actor a on a.id = r.target_id where r.category = 'PRESSURE'
      group by a.id, a.slug order by count(*) desc, a.id limit 1`,
    [],
  );
  // An ordinary actor with a full page of events (or the busiest one on a tiny corpus).
  const [actor] = await db.all<{ slug: string }>(
    `select a.slug from participation p join actor a on a.id = p.actor_id group by a.id, a.slug
      order by case when count(*) >= 20 then 0 else 1 end, case when count(*) >= 20 then count(*) else -count(*) end, a.id
      limit 1`,
    [],
  );
  if (!hub || !actor) throw new Error('the corpus has no relations or no events');

  let search = 'villalobos';
  const [found] = await db.all<{ n: number | string }>(`select count(*) as n from actor where search_text like $1`, [
    `%${search}%`,
  ]);
  if (!Number(found?.n)) {
    const [any] = await db.all<{ slug: string }>(
      `select slug from actor where kind = 'PERSON' order by id limit 1`,
      [],
    );
    search = any?.slug.split('-').at(-1) ?? 'a';
  }

  // Two quiet actors as far apart as can be found (three hops, where hubs leave any such pair).
  const quiet = await db.all<{ slug: string }>(
    `select a.slug from actor a where a.kind = 'PERSON'
        and (select count(*) from relation where source_id = a.id) + (select count(*) from relation where target_id = a.id) between 1 and 4
      order by a.id limit 30`,
    [],
  );
  let path = { from: actor.slug, to: hub.slug, shortest: 0 };
  pairs: for (let i = 0; i < quiet.length; i++) {
    for (let j = i + 1; j < quiet.length; j++) {
      const shortest = (await pathLengths(db, quiet[i]!.slug, quiet[j]!.slug, 4, 10))?.[0] ?? 0;
      if (shortest > path.shortest) path = { from: quiet[i]!.slug, to: quiet[j]!.slug, shortest };
      if (shortest >= 3) break pairs;
    }
  }
  return {
    hub: hub.slug,
    actor: actor.slug,
    search,
    pathFrom: path.from,
    pathTo: path.to,
    pathShortest: path.shortest,
  };
}
