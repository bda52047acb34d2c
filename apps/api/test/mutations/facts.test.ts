import { describeEachDatabase } from '@parley/test-support/vitest';
import { beforeAll, expect, it } from 'vitest';
import { Document } from '../../src/document/document.entity.js';
import { Event } from '../../src/event/event.entity.js';
import { Participation } from '../../src/event/participation.entity.js';
import { Evidence } from '../../src/evidence/evidence.entity.js';
import { Relation } from '../../src/relation/relation.entity.js';
import { useTestApi } from '../harness.js';
import { countRows } from '../revert-check.js';
import { idOf, ok, refused } from './editing.js';

const TEXT =
  'GENEVA -- Envoy Ada Quill met minister Bo Reed on Tuesday in Geneva, officials said. ' +
  'Quill said talks would resume. Reed declined to comment. The fund holds $5 million.';

const NODE = `
  query ($id: ID!) {
    node(id: $id) {
      __typename id
      ... on Document { version title text publishedAt }
      ... on Event { version slug title date { start precision } participants { role actor { slug } evidence { quote } } }
      ... on Attribution { version attributionKind: kind attributionText: text }
      ... on Position { version title acting holder { slug } }
      ... on Statement { version statementKind: kind speaker { slug } date { start } }
      ... on Figure { version amount currency period { start end } }
      ... on Negotiation { version slug parties { slug } rounds { slug } issues }
    }
  }`;

function mutation(name: string, field: string, selection = 'id version') {
  const type = `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
  return `mutation ($input: ${type}!) { ${name}(input: $input) { ${field} { ${selection} } } }`;
}

describeEachDatabase('fact mutations', (database) => {
  const api = useTestApi(database);
  let documentId: string;
  let quill: string;
  let reed: string;
  let attributionId: string;

  async function create(
    name: string,
    field: string,
    input: Record<string, unknown>,
  ): Promise<{ id: string; version: number }> {
    const data = await ok<Record<string, Record<string, { id: string; version: number }>>>(api, mutation(name, field), {
      input,
    });
    const node = data[name]?.[field];
    if (!node) throw new Error(`${name} returned nothing`);
    return node;
  }

  async function read<T = Record<string, unknown>>(id: string): Promise<T> {
    return (await ok<{ node: T }>(api, NODE, { id })).node;
  }

  beforeAll(async () => {
    ({ id: documentId } = await create('createDocument', 'document', {
      slug: 'geneva-talks',
      title: 'Geneva talks',
      text: TEXT,
      publishedAt: '2024-05-02',
    }));
    const person = (slug: string, name: string, quote: string) =>
      create('createActor', 'actor', { slug, name, kind: 'PERSON', documentId, evidence: [{ quote }] });
    quill = (await person('ada-quill', 'Ada Quill', 'Envoy Ada Quill')).id;
    reed = (await person('bo-reed', 'Bo Reed', 'minister Bo Reed')).id;
    attributionId = (
      await create('createAttribution', 'attribution', {
        documentId,
        kind: 'ANONYMOUS_SOURCES',
        text: 'officials said',
        evidence: [{ quote: 'officials said' }],
      })
    ).id;
  });

  it('creates a document and an attribution the public queries read back', async () => {
    // The story's document is shared with tests that edit it (in any order): only what they keep.
    expect(await read(documentId)).toMatchObject({
      __typename: 'Document',
      text: TEXT,
      publishedAt: '2024-05-02',
    });
    const data = await ok<{ document: { id: string } }>(api, `query { document(slug: "geneva-talks") { id } }`);
    expect(data.document.id).toBe(documentId);
    // A whole article is longer than the strings queries may send.
    const article = 'Words of a long article. '.repeat(400);
    const long = await create('createDocument', 'document', { slug: 'long-article', title: 'Long', text: article });
    expect(await read(long.id)).toMatchObject({ version: 1, text: article });
    expect(await read(attributionId)).toMatchObject({
      attributionKind: 'ANONYMOUS_SOURCES',
      attributionText: 'officials said',
    });
  });

  it('creates an event with participants, then replaces them wholesale', async () => {
    const event = await create('createEvent', 'event', {
      documentId,
      slug: 'geneva-meeting',
      kind: 'MEETING',
      title: 'Quill meets Reed',
      date: { text: 'Tuesday' },
      attributionId,
      participants: [
        { actorId: quill, role: 'envoy', evidence: [{ quote: 'Envoy Ada Quill' }] },
        { actorId: reed, role: 'minister', evidence: [{ quote: 'minister Bo Reed' }] },
      ],
      evidence: [{ quote: 'met' }],
    });
    expect(await read(event.id)).toMatchObject({
      slug: 'geneva-meeting',
      date: { start: '2024-04-30', precision: 'DAY' },
      participants: [
        { role: 'envoy', actor: { slug: 'ada-quill' }, evidence: [{ quote: 'Envoy Ada Quill' }] },
        { role: 'minister', actor: { slug: 'bo-reed' } },
      ],
    });
    const listed = await ok<{ event: { id: string } }>(api, `query { event(slug: "geneva-meeting") { id } }`);
    expect(listed.event.id).toBe(event.id);

    const before = await countRows(api, [Participation, Evidence]);
    const bad = await refused(api, mutation('updateEvent', 'event'), {
      input: { id: event.id, version: 1, participants: [{ actorId: quill, evidence: [{ quote: 'not there' }] }] },
    });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.participants[0].evidence[0].quote' });
    expect(await countRows(api, [Participation, Evidence])).toEqual(before);

    await ok(api, mutation('updateEvent', 'event'), {
      input: {
        id: event.id,
        version: 1,
        participants: [{ actorId: reed, role: 'host', evidence: [{ quote: 'Reed', occurrence: 2 }] }],
      },
    });
    expect(await read(event.id)).toMatchObject({
      version: 2,
      participants: [{ role: 'host', actor: { slug: 'bo-reed' }, evidence: [{ quote: 'Reed' }] }],
    });
  });

  it('creates a position, a statement, a figure and a negotiation, each read back', async () => {
    const position = await create('createPosition', 'position', {
      documentId,
      holderId: reed,
      title: 'minister',
      evidence: [{ quote: 'minister Bo Reed' }],
    });
    expect(await read(position.id)).toMatchObject({ title: 'minister', acting: false, holder: { slug: 'bo-reed' } });

    const statement = await create('createStatement', 'statement', {
      documentId,
      kind: 'DECLINED_TO_COMMENT',
      speakerId: reed,
      date: { start: '2024-05-01' },
      evidence: [{ quote: 'Reed declined to comment.' }],
    });
    expect(await read(statement.id)).toMatchObject({
      statementKind: 'DECLINED_TO_COMMENT',
      speaker: { slug: 'bo-reed' },
      date: { start: '2024-05-01' },
    });

    const figure = await create('createFigure', 'figure', {
      documentId,
      amount: 5_000_000,
      currency: 'USD',
      summary: 'The fund holds $5 million.',
      period: { text: 'last year' },
      attributionId,
      evidence: [{ quote: '$5 million' }],
    });
    expect(await read(figure.id)).toMatchObject({
      amount: 5_000_000,
      currency: 'USD',
      period: { start: '2023-01-01', end: '2023-12-31' },
    });
    const badCurrency = await refused(api, mutation('updateFigure', 'figure'), {
      input: { id: figure.id, version: 1, currency: 'dollars' },
    });
    expect(badCurrency.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.currency' });

    const negotiation = await create('createNegotiation', 'negotiation', {
      documentId,
      slug: 'geneva-negotiation',
      title: 'Geneva talks',
      partyIds: [quill, reed],
      issues: ['resumption'],
      evidence: [{ quote: 'talks would resume' }],
    });
    expect(await read(negotiation.id)).toMatchObject({
      parties: [{ slug: 'ada-quill' }, { slug: 'bo-reed' }],
      issues: ['resumption'],
    });
    const noParties = await refused(api, mutation('updateNegotiation', 'negotiation'), {
      input: { id: negotiation.id, version: 1, partyIds: [] },
    });
    expect(noParties.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.partyIds' });
  });

  it('updates and deletes each kind of fact at the version read; the public queries see both', async () => {
    const position = await create('createPosition', 'position', {
      documentId,
      holderId: quill,
      title: 'envoy',
      evidence: [{ quote: 'Envoy Ada Quill' }],
    });
    const statement = await create('createStatement', 'statement', {
      documentId,
      kind: 'PARAPHRASE',
      speakerId: quill,
      text: 'Talks would resume.',
      evidence: [{ quote: 'Quill said talks would resume.' }],
    });
    const figure = await create('createFigure', 'figure', {
      documentId,
      amount: 5,
      currency: 'USD',
      summary: 'Five dollars.',
      attributionId,
      evidence: [{ quote: '$5 million' }],
    });
    const negotiation = await create('createNegotiation', 'negotiation', {
      documentId,
      slug: 'geneva-round-two',
      title: 'Round two',
      partyIds: [quill],
      evidence: [{ quote: 'talks would resume' }],
    });
    const attribution = await create('createAttribution', 'attribution', { documentId, kind: 'REPORTED' });
    const changes: [string, string, { id: string }, Record<string, unknown>, Record<string, unknown>][] = [
      ['Position', 'position', position, { acting: true }, { acting: true }],
      ['Statement', 'statement', statement, { kind: 'QUOTE' }, { statementKind: 'QUOTE' }],
      ['Figure', 'figure', figure, { amount: 5_000_000 }, { amount: 5_000_000 }],
      [
        'Negotiation',
        'negotiation',
        negotiation,
        { partyIds: [quill, reed] },
        { parties: [{ slug: 'ada-quill' }, { slug: 'bo-reed' }] },
      ],
      ['Attribution', 'attribution', attribution, { text: 'officials said' }, { attributionText: 'officials said' }],
    ];
    for (const [type, field, { id }, change, expected] of changes) {
      await ok(api, mutation(`update${type}`, field), { input: { id, version: 1, ...change } });
      expect(await read(id)).toMatchObject({ version: 2, ...expected });
      const stale = await refused(
        api,
        mutation(`delete${type}`, field, 'id').replace(`{ ${field} { id } }`, '{ deletedId }'),
        {
          input: { id, version: 1 },
        },
      );
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const deleted = await ok<Record<string, { deletedId: string }>>(
        api,
        mutation(`delete${type}`, field, 'id').replace(`{ ${field} { id } }`, '{ deletedId }'),
        { input: { id, version: 2 } },
      );
      expect(deleted[`delete${type}`]?.deletedId).toBe(id);
      expect(await ok<{ node: null }>(api, NODE, { id })).toEqual({ node: null });
    }
  });

  it('refuses to change the text of a cited document, saying how many facts cite it; metadata may change', async () => {
    const current = await read<{ version: number }>(documentId);
    const error = await refused(api, mutation('updateDocument', 'document'), {
      input: { id: documentId, version: current.version, text: `${TEXT} More.` },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'input.text' });
    expect(error.message).toMatch(/cannot change: \d+ facts cite this document/);
    expect(await read(documentId)).toMatchObject({ text: TEXT, version: current.version });

    await ok(api, mutation('updateDocument', 'document'), {
      input: { id: documentId, version: current.version, title: 'Talks in Geneva' },
    });
    expect(await read(documentId)).toMatchObject({ title: 'Talks in Geneva', version: current.version + 1 });

    const draft = await create('createDocument', 'document', { slug: 'draft', title: 'Draft', text: 'First words.' });
    await ok(api, mutation('updateDocument', 'document'), {
      input: { id: draft.id, version: 1, text: 'Better words.' },
    });
    expect(await read(draft.id)).toMatchObject({ text: 'Better words.', version: 2 });
  });

  it('refuses to delete a document with facts unless cascading, then deletes them all', async () => {
    const other = await create('createDocument', 'document', {
      slug: 'short-note',
      title: 'Note',
      text: TEXT,
      publishedAt: '2024-05-02',
    });
    const attribution = await create('createAttribution', 'attribution', { documentId: other.id, kind: 'REPORTED' });
    await create('createEvent', 'event', {
      documentId: other.id,
      slug: 'note-meeting',
      kind: 'MEETING',
      title: 'A meeting',
      attributionId: attribution.id,
      participants: [{ actorId: quill, evidence: [{ quote: 'Quill said' }] }],
      evidence: [{ quote: 'met' }],
    });
    const before = await countRows(api, [Document, Event, Participation, Evidence, Relation]);
    const error = await refused(
      api,
      `mutation ($input: DeleteDocumentInput!) { deleteDocument(input: $input) { deletedId } }`,
      {
        input: { id: other.id, version: 1 },
      },
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', references: { Attribution: 1, Event: 1 } });
    const refusedAttribution = await refused(
      api,
      `mutation ($input: DeleteAttributionInput!) { deleteAttribution(input: $input) { deletedId } }`,
      { input: { id: attribution.id, version: 1 } },
    );
    expect(refusedAttribution.extensions).toMatchObject({ references: { Event: 1 } });
    expect(await countRows(api, [Document, Event, Participation, Evidence, Relation])).toEqual(before);

    const deleted = await ok<{ deleteDocument: { deletedIds: string[] } }>(
      api,
      `mutation ($input: DeleteDocumentInput!) { deleteDocument(input: $input) { deletedId deletedIds } }`,
      { input: { id: other.id, version: 1, cascade: true } },
    );
    // The document, the attribution, the event, its participant and their two pieces of evidence.
    expect(deleted.deleteDocument.deletedIds).toHaveLength(6);
    expect(await countRows(api, [Document, Event, Participation, Evidence, Relation])).toEqual({
      ...before,
      Document: (before.Document ?? 0) - 1,
      Event: (before.Event ?? 0) - 1,
      Participation: (before.Participation ?? 0) - 1,
      Evidence: (before.Evidence ?? 0) - 2,
    });
    expect(await idOf(api, 'actor', 'ada-quill')).toBe(quill);
  });
});
