import { describeEachDatabase } from '@parley/test-support/vitest';
import { beforeEach, expect, it } from 'vitest';
import { Relation } from '../src/relation/relation.entity.js';
import { EditedDocumentError } from '../src/importer/import-errors.js';
import { importStory } from '../src/importer/import-story.js';
import { loaded, miniBundle } from './fixtures/mini-story.js';
import { useTestApi } from './harness.js';
import { ok } from './mutations/editing.js';

const RELATIONS = `query { document(slug: "mini-story") { id version } relations(filter: { source: "rufus-firefly" }) { nodes { id version summary } } }`;
const UPDATE_RELATION = `mutation ($input: UpdateRelationInput!) { updateRelation(input: $input) { relation { id version } } }`;
const UPDATE_DOCUMENT = `mutation ($input: UpdateDocumentInput!) { updateDocument(input: $input) { document { id version } } }`;
const DELETE_RELATION = `mutation ($input: DeleteRelationInput!) { deleteRelation(input: $input) { deletedId } }`;
const MERGE_ACTORS = `mutation ($input: MergeActorsInput!) { mergeActors(input: $input) { mergedId } }`;
const CREATE_DOCUMENT = `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { document { id } } }`;
const CREATE_ATTRIBUTION = `mutation ($input: CreateAttributionInput!) { createAttribution(input: $input) { attribution { id } } }`;

/** The mini story with one more word in its title: a changed bundle for the same document. */
function changedBundle() {
  const bundle = miniBundle();
  bundle.document.title = `${bundle.document.title}, again`;
  return loaded(bundle);
}

describeEachDatabase('imports never overwrite edits', (database) => {
  const api = useTestApi(database, { seed: false });
  beforeEach(async () => {
    await api.db.empty();
    expect((await importStory(api.db.orm.em, loaded())).status).toBe('created');
  });

  const read = () =>
    ok<{
      document: { id: string; version: number };
      relations: { nodes: { id: string; version: number; summary: string }[] };
    }>(api, RELATIONS);

  it('replaces an unedited document, as before', async () => {
    expect((await importStory(api.db.orm.em, changedBundle())).status).toBe('replaced');
  });

  it('refuses a bundle when a fact was edited since the import, names the document and the count, and writes nothing', async () => {
    const [relation] = (await read()).relations.nodes;
    await ok(api, UPDATE_RELATION, {
      input: { id: relation!.id, version: relation!.version, summary: 'Edited by hand.' },
    });

    const refusal = await importStory(api.db.orm.em, changedBundle()).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(EditedDocumentError);
    expect((refusal as Error).message).toMatch(
      /document "mini-story" changed since its last import \(1 fact was edited in the product\)/,
    );
    expect((refusal as Error).message).toMatch(/--force/);
    const after = await read();
    expect(after.relations.nodes.find((node) => node.id === relation!.id)?.summary).toBe('Edited by hand.');

    // The same bundle as last time changes nothing, edits included.
    expect((await importStory(api.db.orm.em, loaded())).status).toBe('unchanged');
  });

  it('counts facts created in the product, and an edit of the document itself', async () => {
    const { document } = await read();
    await ok(api, CREATE_ATTRIBUTION, { input: { documentId: document.id, kind: 'REPORTED' } });
    await ok(api, CREATE_ATTRIBUTION, { input: { documentId: document.id, kind: 'REPORTED' } });
    await expect(importStory(api.db.orm.em, changedBundle())).rejects.toThrow(
      /\(2 facts were created in the product\)/,
    );

    await ok(api, UPDATE_DOCUMENT, { input: { id: document.id, version: document.version, title: 'Retitled' } });
    await expect(importStory(api.db.orm.em, changedBundle())).rejects.toThrow(
      /the document itself was edited; 2 facts were created in the product/,
    );
  });

  it('counts facts deleted in the product: a new import would bring them back', async () => {
    const [relation] = (await read()).relations.nodes;
    await ok(api, DELETE_RELATION, { input: { id: relation!.id, version: relation!.version } });
    await expect(importStory(api.db.orm.em, changedBundle())).rejects.toThrow(
      /document "mini-story" changed since its last import \(1 fact was deleted in the product\)/,
    );
    expect((await read()).relations.nodes.map((node) => node.id)).not.toContain(relation!.id);
  });

  it('counts the facts a merge of actors moved', async () => {
    const actors = await ok<{ keep: { id: string; version: number }; merge: { id: string; version: number } }>(
      api,
      `query { keep: actor(slug: "rufus-firefly") { id version } merge: actor(slug: "freedonia") { id version } }`,
    );
    await ok(api, MERGE_ACTORS, {
      input: {
        keepId: actors.keep.id,
        keepVersion: actors.keep.version,
        mergeId: actors.merge.id,
        mergeVersion: actors.merge.version,
      },
    });
    await expect(importStory(api.db.orm.em, changedBundle())).rejects.toThrow(
      /facts? (was|were) edited in the product/,
    );
  });

  it('replaces the edits with --force, after which the document counts as unedited again', async () => {
    const [relation] = (await read()).relations.nodes;
    await ok(api, UPDATE_RELATION, {
      input: { id: relation!.id, version: relation!.version, summary: 'Edited by hand.' },
    });
    const { document } = await read();
    await ok(api, UPDATE_DOCUMENT, { input: { id: document.id, version: document.version, title: 'Retitled' } });

    expect((await importStory(api.db.orm.em, changedBundle(), { force: true })).status).toBe('replaced');
    const after = await read();
    expect(after.relations.nodes.map((node) => node.summary)).not.toContain('Edited by hand.');
    expect(await api.db.orm.em.fork().count(Relation, { editedAt: { $ne: null } })).toBe(0);
    // Nothing edited since the forced import: the next changed bundle replaces it without --force.
    expect((await importStory(api.db.orm.em, loaded())).status).toBe('replaced');
  });

  it('never replaces a document made in the product, not even with --force', async () => {
    await api.db.empty();
    await ok(api, CREATE_DOCUMENT, { input: { slug: 'mini-story', title: 'Written here', text: 'Our own words.' } });
    for (const force of [false, true]) {
      await expect(importStory(api.db.orm.em, loaded(), { force })).rejects.toThrow(
        /document "mini-story" was created in the product, not imported/,
      );
    }
    const { document } = await ok<{ document: { title: string } }>(
      api,
      `query { document(slug: "mini-story") { title } }`,
    );
    expect(document.title).toBe('Written here');
  });
});
