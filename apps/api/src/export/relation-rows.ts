import type { EntityManager } from '@mikro-orm/core';
import type { Document } from '../document/document.entity.js';
import type { Evidence } from '../evidence/evidence.entity.js';
import { Relation } from '../relation/relation.entity.js';
import { DocumentSlugs, evidenceOf, pagesOf } from './export-pages.js';

/** A relation as the flat exports write it: ends by slug, its attribution and evidence resolved. */
export interface RelationRow {
  id: string;
  document: string;
  key: string;
  relation: Relation;
  source: { slug: string; name: string };
  target: { slug: string; name: string };
  attribution: { kind: string; source?: string; text?: string };
  evidence: Evidence[];
}

/** Every relation (of one document, or all), a page at a time, in id order. */
export async function* relationRowPages(
  em: EntityManager,
  document: Document | undefined,
): AsyncGenerator<RelationRow[]> {
  const slugs = new DocumentSlugs(em);
  const where = document ? { document: document.id } : {};
  for await (const page of pagesOf(em, Relation, where, {
    populate: ['source', 'target', 'attribution', 'attribution.source'],
  })) {
    await slugs.load(page.map((relation) => relation.document.id));
    const evidence = await evidenceOf(em, 'relation', page);
    yield page.map((relation) => {
      const source = relation.source.getEntity();
      const target = relation.target.getEntity();
      const attribution = relation.attribution.getEntity();
      const documentSlug = slugs.of(relation.document.id);
      return {
        id: `${documentSlug}/${relation.key}`,
        document: documentSlug,
        key: relation.key,
        relation,
        source: { slug: source.slug, name: source.name },
        target: { slug: target.slug, name: target.name },
        attribution: {
          kind: attribution.kind,
          source: attribution.source?.getEntity().slug,
          text: attribution.text,
        },
        evidence: evidence.get(relation.id) ?? [],
      };
    });
  }
}
