import { describeEachDatabase } from '@parley/test-support/vitest';
import { beforeEach, expect, it } from 'vitest';
import { createContext } from '../src/common/context.js';
import { Participation } from '../src/event/participation.entity.js';
import { Relation } from '../src/relation/relation.entity.js';
import { runChange } from '../src/history/run-change.js';
import { EditedDocumentError } from '../src/importer/import-errors.js';
import { importStory } from '../src/importer/import-story.js';
import { loaded, miniBundle } from './fixtures/mini-story.js';
import { silentLogger, useTestApi } from './harness.js';
import { editor, ok } from './mutations/editing.js';
import { changeGlobalId, latestChangeId, revert } from './revert-check.js';

const RELATIONS = `query { document(slug: "mini-story") { id version } relations(filter: { source: "rufus-firefly" }) { nodes { id version summary } } }`;
const UPDATE_RELATION = `mutation ($input: UpdateRelationInput!) { updateRelation(input: $input) { relation { id version } } }`;
const UPDATE_DOCUMENT = `mutation ($input: UpdateDocumentInput!) { updateDocument(input: $input) { document { id version } } }`;
const DELETE_RELATION = `mutation ($input: DeleteRelationInput!) { deleteRelation(input: $input) { deletedId } }`;
const MERGE_ACTORS = `mutation ($input: MergeActorsInput!) { mergeActors(input: $input) { mergedId } }`;
const CREATE_DOCUMENT = `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { document { id } } }`;
const UPDATE_ACTOR = `mutation ($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }`;
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
    // The facts that named the merged actor were edited; the merged actor itself is gone.
    await expect(importStory(api.db.orm.em, changedBundle())).rejects.toThrow(
      /\d+ facts were edited; 1 fact was deleted in the product/,
    );
  });

  it('counts a fact created and another deleted as two edits, though the counts are as imported', async () => {
    const { document, relations } = await read();
    const [relation] = relations.nodes;
    await ok(api, CREATE_ATTRIBUTION, { input: { documentId: document.id, kind: 'REPORTED' } });
    await ok(api, DELETE_RELATION, { input: { id: relation!.id, version: relation!.version } });
    await expect(importStory(api.db.orm.em, changedBundle())).rejects.toThrow(
      /\(1 fact was created; 1 fact was deleted in the product\)/,
    );
  });

  it('refuses when only an actor the document names was edited', async () => {
    const { actor } = await ok<{ actor: { id: string; version: number } }>(
      api,
      `query { actor(slug: "trentino") { id version } }`,
    );
    await ok(api, UPDATE_ACTOR, { input: { id: actor.id, version: actor.version, summary: 'An envoy, edited.' } });
    await expect(importStory(api.db.orm.em, changedBundle())).rejects.toThrow(/\(1 fact was edited in the product\)/);
  });

  it('refuses when only a participant of one of its events was changed', async () => {
    await runChange(createContext(api.db.orm.em, silentLogger, editor), 'Rename a role', async (em) => {
      const participant = await em.findOneOrFail(
        Participation,
        { event: { slug: 'athens-meeting' } },
        {
          orderBy: { id: 'asc' },
        },
      );
      participant.role = 'a role set by hand';
    });
    await expect(importStory(api.db.orm.em, changedBundle())).rejects.toThrow(/\(1 fact was edited in the product\)/);
  });

  it('replaces the document when every edit since the import was reverted', async () => {
    const [relation] = (await read()).relations.nodes;
    await ok(api, UPDATE_RELATION, { input: { id: relation!.id, version: relation!.version, summary: 'Undone.' } });
    expect((await revert(api, changeGlobalId(await latestChangeId(api)))).errors).toBeUndefined();
    expect((await importStory(api.db.orm.em, changedBundle())).status).toBe('replaced');
  });

  it('counts a reverted revert as the edit it brings back', async () => {
    const [relation] = (await read()).relations.nodes;
    await ok(api, UPDATE_RELATION, { input: { id: relation!.id, version: relation!.version, summary: 'Again.' } });
    const undo = await revert(api, changeGlobalId(await latestChangeId(api)));
    const undoId = (undo.data as { revert: { change: { id: string } } }).revert.change.id;
    expect((await revert(api, undoId)).errors).toBeUndefined();
    await expect(importStory(api.db.orm.em, changedBundle())).rejects.toThrow(/\(1 fact was edited in the product\)/);
  });

  it('is not held back by edits of another document', async () => {
    const { createDocument } = await ok<{ createDocument: { document: { id: string } } }>(api, CREATE_DOCUMENT, {
      input: { slug: 'other-story', title: 'Another article', text: 'Other words.' },
    });
    await ok(api, CREATE_ATTRIBUTION, { input: { documentId: createDocument.document.id, kind: 'REPORTED' } });
    expect((await importStory(api.db.orm.em, changedBundle())).status).toBe('replaced');
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
