import { readFile } from 'node:fs/promises';
import { seedStoryPath } from '@parley/story';
import { describeEachDatabase } from '@parley/test-support/vitest';
import { beforeAll, expect, it } from 'vitest';
import { createContext } from '../src/common/context.js';
import { ErrorCode } from '../src/common/error-code.js';
import type { Viewer } from '../src/common/viewer.js';
import type { StoryBundle } from '../src/facts/bundle.format.js';
import { locateQuote } from '../src/facts/evidence-locator.js';
import type { Proposal, ProposalType } from '../src/suggestions/proposal.js';
import { recordProposals } from '../src/suggestions/suggest-facts.js';
import { Relation } from '../src/relation/relation.entity.js';
import { Suggestion } from '../src/suggestions/suggestion.entity.js';
import { Actor } from '../src/actor/actor.entity.js';
import { Document } from '../src/document/document.entity.js';
import { silentLogger, useTestApi } from './harness.js';
import { editor, ok, refused } from './mutations/editing.js';
import { countRows } from './revert-check.js';
import { latestChangeId, revert, changeGlobalId } from './revert-check.js';

const reader: Viewer = { userId: 2, name: 'reader', role: 'reader' };

const bundle = JSON.parse(await readFile(seedStoryPath, 'utf8')) as StoryBundle;
const seedText = await readFile(new URL(bundle.document.textFile ?? '', `file://${seedStoryPath}`), 'utf8');

/** A proposal of one of the seed bundle's facts, its spans where its quotes are in the text. */
function proposalOf(
  type: ProposalType,
  fact: { evidence: { quote: string }[]; [field: string]: unknown },
  confidence: number,
): Proposal {
  const spans = fact.evidence.map((evidence) => {
    const { start, end } = locateQuote(seedText, evidence);
    return { start, end };
  });
  return { type, fact, spans, confidence } as Proposal;
}

const factOf = <K extends ProposalType>(list: K, key: string) => {
  const found = (bundle[list] as { key?: string; slug?: string }[]).find((fact) => (fact.key ?? fact.slug) === key);
  if (!found) throw new Error(`no ${list} ${key} in the seed bundle`);
  return found as unknown as StoryBundle[K][number] & { evidence: { quote: string }[] };
};

const QUEUE = `query Queue($slug: String!, $status: SuggestionStatus) {
  document(slug: $slug) {
    suggestions(status: $status, first: 50) {
      totalCount
      nodes { id type confidence summary fact status acceptedNodeId decidedByName spans { start end text } document { slug } }
    }
  }
}`;

interface SuggestionView {
  id: string;
  type: string;
  confidence: number;
  summary: string;
  fact: Record<string, unknown>;
  status: string;
  acceptedNodeId: string | null;
  decidedByName: string | null;
  spans: { start: number; end: number; text: string }[];
  document: { slug: string };
}

const ACCEPT = `mutation Accept($id: ID!) {
  acceptSuggestion(input: { id: $id }) { suggestion { id status acceptedNodeId } node { id __typename ... on Relation { kind summary source { slug } attribution { kind } evidence { start end quote } } } }
}`;
const REJECT = `mutation Reject($id: ID!) { rejectSuggestion(input: { id: $id }) { suggestion { id status decidedByName } } }`;
const SUGGEST = `mutation Suggest($documentId: ID!) { suggestFacts(documentId: $documentId) { added document { slug } } }`;

let made = 0;

describeEachDatabase('suggested facts', (database) => {
  const api = useTestApi(database);
  const context = (viewer: Viewer = editor) => createContext(api.db.orm.em, silentLogger, viewer);

  /** A new document with the seed story's text (slug unique per test), and its global ID. */
  async function createArticle(): Promise<{ id: string; slug: string }> {
    const slug = `suggested-${String(++made)}`;
    const data = await ok<{ createDocument: { document: { id: string } } }>(
      api,
      `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { document { id } } }`,
      { input: { slug, title: 'Suggested', text: seedText, publishedAt: bundle.document.publishedAt.date } },
    );
    return { id: data.createDocument.document.id, slug };
  }

  /** A new document whose queue holds only what the test stores: the suggester's own proposals, made as the
   *  document was created, are cleared. */
  async function newArticle(): Promise<{ id: string; slug: string }> {
    const article = await createArticle();
    const em = api.db.orm.em.fork();
    const document = await em.findOneOrFail(Document, { slug: article.slug });
    await em.nativeDelete(Suggestion, { document: document.id });
    return article;
  }

  const store = (documentId: string, proposals: Proposal[]) =>
    recordProposals(context(), documentId, () => Promise.resolve(proposals));

  /** The first 50 suggestions of a document's queue; `queueSize` counts them all. */
  async function queue(slug: string, status: string | null = 'PENDING'): Promise<SuggestionView[]> {
    const data = await ok<{ document: { suggestions: { nodes: SuggestionView[] } } }>(api, QUEUE, { slug, status });
    return data.document.suggestions.nodes;
  }
  async function queueSize(slug: string, status: string | null = 'PENDING'): Promise<number> {
    const data = await ok<{ document: { suggestions: { totalCount: number } } }>(api, QUEUE, { slug, status });
    return data.document.suggestions.totalCount;
  }

  /** The relation the US urged Venezuela's neighbours with, and a new actor of the article the neighbours stand for. */
  const urging = () => factOf('relations', 'us-urged-neighbors-to-pressure-maduro');

  let seeded: { id: string; slug: string };
  beforeAll(async () => {
    seeded = await newArticle();
  });

  it('lists a document’s suggestions to editors, surest first, with their words', async () => {
    const article = await newArticle();
    const { added } = await store(article.id, [
      proposalOf('relations', urging(), 0.4),
      proposalOf('statements', factOf('statements', 'nsc-declined-to-comment'), 0.9),
    ]);
    expect(added).toBe(2);
    const pending = await queue(article.slug);
    expect(pending.map((suggestion) => [suggestion.type, suggestion.confidence])).toEqual([
      ['STATEMENT', 0.9],
      ['RELATION', 0.4],
    ]);
    const [statement] = pending;
    expect(statement?.summary).toContain('us-national-security-council');
    expect(statement?.spans[0]?.text).toBe('The US National Security Council declined to comment.');
    expect(seedText.slice(statement?.spans[0]?.start, statement?.spans[0]?.end)).toBe(statement?.spans[0]?.text);
    expect(statement?.document.slug).toBe(article.slug);
  });

  it('shows no suggestion to a reader or to anyone signed out', async () => {
    await store(seeded.id, [proposalOf('relations', urging(), 0.5)]);
    const asReader = (await api.request(QUEUE, { slug: seeded.slug }, reader)).result;
    expect(asReader.errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);
    expect(JSON.stringify(asReader.data)).not.toContain('RELATION');
    const anonymous = (await api.request(QUEUE, { slug: seeded.slug })).result;
    expect(anonymous.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    const node = (
      await api.request(`query ($id: ID!) { node(id: $id) { id } }`, { id: (await queue(seeded.slug))[0]?.id }, reader)
    ).result;
    expect(node.data).toEqual({ node: null });
  });

  it('accepts a suggestion as a fact through the create path, with the attribution it names, and reverts it', async () => {
    const article = await newArticle();
    const relation = urging();
    await store(article.id, [
      proposalOf('relations', relation, 0.8),
      proposalOf('attributions', factOf('attributions', relation.attribution), 0.7),
    ]);
    const [suggestion] = (await queue(article.slug)).filter((candidate) => candidate.type === 'RELATION');
    const relationsBefore = await api.db.orm.em.fork().count(Relation, {});
    const data = await ok<{
      acceptSuggestion: {
        suggestion: { status: string; acceptedNodeId: string };
        node: {
          id: string;
          __typename: string;
          kind: string;
          source: { slug: string };
          attribution: { kind: string };
          evidence: { quote: string }[];
        };
      };
    }>(api, ACCEPT, { id: suggestion?.id });
    const { node } = data.acceptSuggestion;
    expect(node).toMatchObject({
      __typename: 'Relation',
      kind: 'URGED',
      source: { slug: 'united-states' },
      attribution: { kind: 'REPORTED' },
    });
    expect(node.evidence[0]?.quote).toBe(relation.evidence[0]?.quote);
    expect(data.acceptSuggestion.suggestion).toEqual({
      id: suggestion?.id,
      status: 'ACCEPTED',
      acceptedNodeId: node.id,
    });
    // The attribution it named was pending too: accepted in the same change.
    expect(await queue(article.slug)).toEqual([]);

    const history = await ok<{ history: { nodes: { summary: string; userName: string }[] } }>(
      api,
      `query ($id: ID!) { history(id: $id, first: 5) { nodes { summary userName } } }`,
      { id: node.id },
    );
    expect(history.history.nodes[0]).toEqual({
      summary: 'accepted suggestion: create Relation',
      userName: editor.name,
    });

    const reverted = await revert(api, changeGlobalId(await latestChangeId(api)));
    expect(reverted.errors).toBeUndefined();
    expect(await api.db.orm.em.fork().count(Relation, {})).toBe(relationsBefore);
    expect((await queue(article.slug)).map((pending) => pending.type).sort()).toEqual(['ATTRIBUTION', 'RELATION']);
  });

  it('creates a proposed new actor with the fact that names it', async () => {
    const article = await newArticle();
    const neighbours = {
      slug: `venezuelas-neighbours-${String(made)}`,
      name: 'Venezuela’s neighbours',
      kind: 'GROUP',
      evidence: [{ quote: 'Venezuela’s neighbors' }],
    } as const;
    const relation = { ...urging(), target: neighbours.slug, attribution: 'bloomberg-news' };
    await store(article.id, [
      proposalOf('actors', { ...neighbours, evidence: [...neighbours.evidence] }, 0.6),
      proposalOf('attributions', factOf('attributions', 'bloomberg-news'), 0.6),
      proposalOf('relations', relation, 0.9),
    ]);
    const [first] = await queue(article.slug);
    expect(first?.type).toBe('RELATION');
    await ok(api, ACCEPT, { id: first?.id });
    const actor = await api.db.orm.em.fork().findOne(Actor, { slug: neighbours.slug });
    expect(actor?.name).toBe('Venezuela’s neighbours');
    const decided = await queue(article.slug, 'ACCEPTED');
    expect(decided.map((suggestion) => suggestion.type).sort()).toEqual(['ACTOR', 'ATTRIBUTION', 'RELATION']);
  });

  it('keeps a rejected suggestion, and does not offer it again when suggestions run again', async () => {
    const article = await newArticle();
    const proposal = proposalOf('statements', factOf('statements', 'nsc-declined-to-comment'), 0.5);
    await store(article.id, [proposal]);
    const [suggestion] = await queue(article.slug);
    const data = await ok<{ rejectSuggestion: { suggestion: { status: string; decidedByName: string } } }>(
      api,
      REJECT,
      {
        id: suggestion?.id,
      },
    );
    expect(data.rejectSuggestion.suggestion).toMatchObject({ status: 'REJECTED', decidedByName: editor.name });
    const again = await store(article.id, [{ ...proposal, confidence: 0.99 }]);
    expect(again.added).toBe(0);
    expect(await queue(article.slug)).toEqual([]);
    expect((await queue(article.slug, 'REJECTED')).map((rejected) => rejected.id)).toEqual([suggestion?.id]);
    // Decided once: a second decision is a conflict.
    const twice = await refused(api, ACCEPT, { id: suggestion?.id });
    expect(twice.extensions?.code).toBe(ErrorCode.CONFLICT);
  });

  it('accepts a suggestion an editor corrected, through the create mutation', async () => {
    const article = await newArticle();
    const statement = factOf('statements', 'nsc-declined-to-comment');
    await store(article.id, [proposalOf('statements', statement, 0.5)]);
    const [suggestion] = await queue(article.slug);
    const speakerId = (
      await ok<{ actor: { id: string } }>(api, `{ actor(slug: "us-national-security-council") { id } }`)
    ).actor.id;
    const span = suggestion?.spans[0];
    const data = await ok<{ createStatement: { statement: { id: string; text: string } } }>(
      api,
      `mutation ($input: CreateStatementInput!) { createStatement(input: $input) { statement { id text } } }`,
      {
        input: {
          documentId: article.id,
          suggestionId: suggestion?.id,
          kind: 'DECLINED_TO_COMMENT',
          speakerId,
          text: 'The council would not comment.',
          evidence: [{ start: span?.start, end: span?.end }],
        },
      },
    );
    expect(data.createStatement.statement.text).toBe('The council would not comment.');
    const [accepted] = await queue(article.slug, 'ACCEPTED');
    expect(accepted).toMatchObject({ id: suggestion?.id, acceptedNodeId: data.createStatement.statement.id });
    const history = await ok<{ history: { nodes: { summary: string }[] } }>(
      api,
      `query ($id: ID!) { history(id: $id, first: 1) { nodes { summary } } }`,
      { id: data.createStatement.statement.id },
    );
    expect(history.history.nodes[0]?.summary).toBe('accepted suggestion (edited): create Statement');
  });

  it('refuses an invalid proposal, or one that fails the rules of its kind, and writes nothing', async () => {
    const article = await newArticle();
    const statement = factOf('statements', 'nsc-declined-to-comment');
    const bad = proposalOf('statements', statement, 0.5);
    const notInText = {
      ...bad,
      fact: { ...statement, evidence: [{ quote: 'words the article never had' }] },
    } as Proposal;
    const before = await countRows(api, [Suggestion]);
    const error = await store(article.id, [bad, notInText]).then(
      () => undefined,
      (thrown: unknown) => thrown as { extensions: Record<string, unknown> },
    );
    expect(error?.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error?.extensions.path).toBe('proposals[1].fact.evidence[0].quote');
    expect(await countRows(api, [Suggestion])).toEqual(before);

    // Well formed, but naming a speaker nobody knows: refused by the create path, nothing written.
    await store(article.id, [proposalOf('statements', { ...statement, speaker: 'nobody-at-all' }, 0.5)]);
    const [suggestion] = await queue(article.slug);
    const counts = await countRows(api, [Suggestion, Relation, Actor]);
    const latest = await latestChangeId(api);
    const refusal = await refused(api, ACCEPT, { id: suggestion?.id });
    expect(refusal.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(refusal.extensions?.path).toBe('fact.speaker');
    expect(await countRows(api, [Suggestion, Relation, Actor])).toEqual(counts);
    expect(await latestChangeId(api)).toBe(latest);
    expect((await queue(article.slug))[0]?.status).toBe('PENDING');
  });

  it('answers NOT_FOUND for an ID that is no suggestion', async () => {
    const error = await refused(api, REJECT, { id: changeGlobalId(1) });
    expect(error.extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('suggestFacts stores pending suggestions of the document whose spans index its text, and no repeats', async () => {
    const article = await newArticle();
    const first = await ok<{ suggestFacts: { added: number; document: { slug: string } } }>(api, SUGGEST, {
      documentId: article.id,
    });
    expect(first.suggestFacts.document.slug).toBe(article.slug);
    const stored = await queue(article.slug, null);
    const storedCount = await queueSize(article.slug, null);
    expect(first.suggestFacts.added).toBeGreaterThan(0);
    expect(storedCount).toBe(first.suggestFacts.added);
    for (const suggestion of stored) {
      expect(suggestion.status).toBe('PENDING');
      expect(suggestion.document.slug).toBe(article.slug);
      for (const span of suggestion.spans) expect(seedText.slice(span.start, span.end)).toBe(span.text);
    }
    const again = await ok<{ suggestFacts: { added: number } }>(api, SUGGEST, { documentId: article.id });
    expect(again.suggestFacts.added).toBe(0);
    expect(await queueSize(article.slug, null)).toBe(storedCount);
  });

  it('proposes the facts of a document as it is created, pending, the people it names among them', async () => {
    const article = await createArticle();
    const pending = await queue(article.slug);
    expect(pending.length).toBeGreaterThan(0);
    const confidences = pending.map((suggestion) => suggestion.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    const actors = pending.filter((suggestion) => suggestion.type === 'ACTOR').map((suggestion) => suggestion.fact);
    expect(actors).toContainEqual(expect.objectContaining({ slug: 'nicolas-maduro' }));
    expect(pending.some((suggestion) => suggestion.type === 'STATEMENT')).toBe(true);
  });

  it("accepts facts of an article with no wire name, in the article's own voice, one attribution for them all", async () => {
    // Without an opening "(Bloomberg) --" there are no words to propose the article's own voice by.
    const text = seedText.replace(/^\([^)]*\)\s*--\s*/, '');
    expect(text).not.toBe(seedText);
    const slug = `suggested-${String(++made)}`;
    await ok(api, `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { document { id } } }`, {
      input: { slug, title: 'No wire name', text, publishedAt: bundle.document.publishedAt.date },
    });
    const all = await ok<{
      document: { suggestions: { nodes: { id: string; type: string; fact: { attribution?: string } }[] } };
    }>(api, `query ($slug: String!) { document(slug: $slug) { suggestions(first: 100) { nodes { id type fact } } } }`, {
      slug,
    });
    const inOwnVoice = all.document.suggestions.nodes.filter(
      (suggestion) => suggestion.type === 'RELATION' && suggestion.fact.attribution === 'report',
    );
    expect(inOwnVoice.length).toBeGreaterThanOrEqual(2);
    const attributions = [];
    for (const suggestion of inOwnVoice.slice(0, 2)) {
      const accepted = await ok<{
        acceptSuggestion: {
          suggestion: { status: string };
          node: { __typename: string; attribution: { kind: string } };
        };
      }>(api, ACCEPT, { id: suggestion.id });
      expect(accepted.acceptSuggestion.suggestion.status).toBe('ACCEPTED');
      expect(accepted.acceptSuggestion.node.attribution.kind).toBe('REPORTED');
      const read = await ok<{ node: { attribution: { id: string } } }>(
        api,
        `query ($id: ID!) { node(id: $id) { ... on Relation { attribution { id } } } }`,
        {
          id: (accepted.acceptSuggestion as unknown as { suggestion: { acceptedNodeId: string } }).suggestion
            .acceptedNodeId,
        },
      );
      attributions.push(read.node.attribution.id);
    }
    expect(new Set(attributions).size).toBe(1);
  });

  it("accepts a mention of an actor the database knows as that actor's evidence in the new article", async () => {
    const article = await createArticle();
    const all = await ok<{
      document: { suggestions: { nodes: { id: string; type: string; fact: { slug?: string } }[] } };
    }>(api, `query ($slug: String!) { document(slug: $slug) { suggestions(first: 100) { nodes { id type fact } } } }`, {
      slug: article.slug,
    });
    const mention = all.document.suggestions.nodes.find(
      (suggestion) => suggestion.type === 'ACTOR' && suggestion.fact.slug === 'nicolas-maduro',
    );
    expect(mention).toBeDefined();
    const EVIDENCE = `query { actor(slug: "nicolas-maduro") { id evidence { quote document { slug } } } }`;
    const before = await ok<{ actor: { id: string; evidence: { quote: string; document: { slug: string } }[] } }>(
      api,
      EVIDENCE,
    );
    const accepted = await ok<{ acceptSuggestion: { suggestion: { status: string; acceptedNodeId: string } } }>(
      api,
      ACCEPT,
      {
        id: mention!.id,
      },
    );
    expect(accepted.acceptSuggestion.suggestion).toMatchObject({ status: 'ACCEPTED', acceptedNodeId: before.actor.id });
    const after = await ok<{ actor: { id: string; evidence: { quote: string; document: { slug: string } }[] } }>(
      api,
      EVIDENCE,
    );
    const inArticle = after.actor.evidence.filter((evidence) => evidence.document.slug === article.slug);
    expect(inArticle.length).toBeGreaterThan(0);
    expect(inArticle.every((evidence) => /Maduro/.test(evidence.quote))).toBe(true);
    // What the actor had elsewhere stays.
    expect(after.actor.evidence.filter((evidence) => evidence.document.slug !== article.slug)).toEqual(
      before.actor.evidence.filter((evidence) => evidence.document.slug !== article.slug),
    );
  });

  it('does not store a proposal twice when the same proposals are stored again', async () => {
    const article = await newArticle();
    const proposals = [proposalOf('relations', urging(), 0.5), proposalOf('relations', urging(), 0.6)];
    expect((await store(article.id, proposals)).added).toBe(1);
    expect((await store(article.id, proposals)).added).toBe(0);
    expect(await queue(article.slug)).toHaveLength(1);
  });

  it('refuses suggestFacts for a document that does not exist', async () => {
    const error = await refused(api, SUGGEST, { documentId: changeGlobalId(1) });
    expect(error.extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });
});
