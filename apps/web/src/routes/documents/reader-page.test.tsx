import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCache } from '../../apollo';
import { SuggestionQueueQuery } from '../../editing/suggestion-review';
import { ViewerQuery } from '../../editing/viewer';
import { ReaderEvidenceQuery, ReaderPage, ReaderQuery } from './reader-page';

const text = 'Colombia criticized Maduro. The NSC declined to comment.';
const actor = (slug: string, name: string) => ({ __typename: 'Actor' as const, id: `actor-${slug}`, slug, name });
const colombia = actor('colombia', 'Colombia');
const maduro = actor('nicolas-maduro', 'Nicolás Maduro');
const nsc = actor('nsc', 'National Security Council');
const span = (start: number, end: number, supports: object) => ({
  __typename: 'Evidence' as const,
  id: `evidence-${start}-${end}`,
  start,
  end,
  quote: text.slice(start, end),
  supports,
});

/** How many spans the document has in all. */
const total = (totalCount: number) => ({ __typename: 'EvidenceConnection' as const, totalCount });

// The relation's words [0, 26) hold the actor's name [0, 8): nested spans, cut into three runs.
const criticized = {
  __typename: 'Relation' as const,
  id: 'relation-1',
  relationKind: 'CRITICIZED',
  category: 'PRESSURE',
  summary: 'Colombia criticized Maduro for blocking candidates.',
  source: colombia,
  target: maduro,
};
const declined = {
  __typename: 'Statement' as const,
  id: 'statement-1',
  statementKind: 'DECLINED_TO_COMMENT',
  text: null,
  speaker: nsc,
};
const document = {
  __typename: 'Document' as const,
  id: 'document-1',
  slug: 'talks',
  title: 'US officials met secretly with Maduro’s team',
  text,
  publishedAt: '2024-04-11',
  publisher: actor('bloomberg-news', 'Bloomberg News'),
  contributors: [],
  evidenceConnection: total(3),
};
const spans = [span(0, 26, criticized), span(0, 8, colombia), span(28, 55, declined)];

// Another article with the same words at the same offsets.
const another = { ...document, id: 'document-2', slug: 'another', title: 'Colombia’s criticism, retold' };

// An article with more spans than the reader asks for.
const long = { ...document, id: 'document-3', slug: 'long', evidenceConnection: total(900) };

/** The spans of a document, as the reader's second request receives them. */
const evidenceOf = ({ id, slug }: { id: string; slug: string }) => ({
  request: { query: ReaderEvidenceQuery, variables: { slug } },
  result: { data: { document: { __typename: 'Document' as const, id, evidence: spans } } },
});

const mocks = [
  { request: { query: ReaderQuery, variables: { slug: 'talks' } }, result: { data: { document } } },
  { request: { query: ReaderQuery, variables: { slug: 'another' } }, result: { data: { document: another } } },
  { request: { query: ReaderQuery, variables: { slug: 'nothing' } }, result: { data: { document: null } } },
  { request: { query: ReaderQuery, variables: { slug: 'long' } }, result: { data: { document: long } } },
  evidenceOf(document),
  evidenceOf(another),
  evidenceOf(long),
  {
    request: { query: ReaderEvidenceQuery, variables: { slug: 'nothing' } },
    result: { data: { document: null } },
  },
];

/** A pending suggestion of the document, at `start`–`end`. */
const suggestion = (id: string, type: string, confidence: number, start: number, end: number) => ({
  __typename: 'Suggestion' as const,
  id,
  type,
  confidence,
  summary: `suggested ${type.toLowerCase()}`,
  fact: {},
  spans: [{ __typename: 'SuggestionSpan' as const, start, end, text: text.slice(start, end) }],
});

/** What an editor's reader is also told: who is signed in, and the document's pending suggestions. */
const editorMocks = [
  {
    request: { query: ViewerQuery },
    result: { data: { viewer: { __typename: 'User' as const, id: 'user-1', name: 'carla', role: 'EDITOR' } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: SuggestionQueueQuery, variables: { slug: 'talks' } },
    result: {
      data: {
        document: {
          __typename: 'Document' as const,
          id: document.id,
          suggestions: {
            __typename: 'SuggestionConnection' as const,
            totalCount: 2,
            // Surest first: the statement's words only suggested, then a relation inside a fact's words.
            nodes: [
              suggestion('suggestion-1', 'STATEMENT', 0.9, 28, 55),
              suggestion('suggestion-2', 'RELATION', 0.5, 9, 19),
            ],
          },
        },
      },
    },
  },
];

function openReader(path: string, extraMocks: MockLink.MockedResponse[] = []) {
  return render(
    <MockedProvider mocks={[...mocks, ...extraMocks]} cache={createCache()}>
      <MemoryRouter initialEntries={[path]}>
        <Link to="/documents/another">Read another article</Link>
        <Routes>
          <Route path="/documents/:slug" element={<ReaderPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

/** Waits for the document, then for its highlights (they come with a second answer). */
async function opened(title?: string) {
  await screen.findByRole('heading', { level: 1, ...(title ? { name: title } : {}) });
  await screen.findByText(/evidence spans( highlighted)?$/);
}

const factsPanel = () => screen.getByRole('complementary', { name: /Facts supported/ });

// jsdom does no layout; the page only asks the browser to scroll.
const scrollIntoView = vi.fn();

describe('ReaderPage', () => {
  beforeAll(() => {
    Element.prototype.scrollIntoView = scrollIntoView;
  });
  afterEach(cleanup);

  it('shows the whole text, with nested spans cut into runs that know every fact', async () => {
    const { container } = openReader('/documents/talks?layers=PRESSURE,STATEMENTS,NAMES');
    await opened(document.title);
    expect(container.querySelector('.article-text')?.textContent).toBe(text);
    const marks = [...container.querySelectorAll('mark')].map((mark) => [
      mark.textContent,
      mark.getAttribute('data-category'),
    ]);
    expect(marks).toEqual([
      ['Colombia', 'PRESSURE'],
      [' criticized Maduro', 'PRESSURE'],
      ['The NSC declined to comment', 'STATEMENTS'],
    ]);
    expect(screen.getByText(/11 Apr 2024/)).toBeTruthy();
  });

  it('highlights only the layers picked, the relations at first', async () => {
    const { container } = openReader('/documents/talks');
    await opened(document.title);
    const marks = () => [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks()).toEqual(['Colombia criticized Maduro']);
    fireEvent.click(screen.getByRole('checkbox', { name: /Statements/ }));
    expect(marks()).toEqual(['Colombia criticized Maduro', 'The NSC declined to comment']);
    fireEvent.click(screen.getByRole('checkbox', { name: /Pressure/ }));
    expect(marks()).toEqual(['The NSC declined to comment']);
    expect(container.querySelector('.article-text')?.textContent).toBe(text);
  });

  it('says how many spans it shows when a document has more than it asks for', async () => {
    openReader('/documents/long');
    await opened(long.title);
    expect(screen.getByText(/the first 3 of 900 evidence spans highlighted/)).toBeTruthy();
  });

  it('opens a deep link on its span, marked, on the layer of the fact it links to', async () => {
    const { container } = openReader('/documents/talks#0-26');
    await opened();
    expect([...container.querySelectorAll('mark.target')].map((mark) => mark.textContent)).toEqual([
      'Colombia criticized Maduro',
    ]);
    expect(scrollIntoView).toHaveBeenCalled();
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /Pressure/ }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /Names/ }).checked).toBe(false);
    const panel = within(factsPanel());
    expect(panel.getByText(/Colombia criticized Maduro for blocking candidates/)).toBeTruthy();
  });

  it('shows what a clicked span supports, including a refusal to comment', async () => {
    openReader('/documents/talks?layers=STATEMENTS');
    fireEvent.click(await screen.findByText('The NSC declined to comment'));
    const panel = within(factsPanel());
    expect(panel.getByText(/declined to comment/, { selector: 'li' })).toBeTruthy();
    expect(panel.getByRole('link', { name: 'National Security Council' }).getAttribute('href')).toBe('/actors/nsc');
  });

  it('shows the whole quote of a fact, and keeps a pinned passage while another is hovered', async () => {
    openReader('/documents/talks?layers=PRESSURE,STATEMENTS,NAMES');
    fireEvent.click(await screen.findByText('criticized Maduro'));
    const panel = within(factsPanel());
    expect(panel.getByRole('link', { name: 'Colombia criticized Maduro' }).getAttribute('href')).toMatch(/#0-26$/);
    expect(panel.getByRole('link', { name: /See it on Colombia’s page/ }).getAttribute('href')).toBe(
      '/actors/colombia#relation-relation-1',
    );
    fireEvent.mouseEnter(screen.getByText('The NSC declined to comment', { selector: 'mark' }));
    expect(panel.queryByText(/declined to comment/, { selector: 'li' })).toBeNull();
    fireEvent.click(panel.getByRole('button', { name: 'Unpin' }));
    fireEvent.mouseEnter(screen.getByText('The NSC declined to comment', { selector: 'mark' }));
    expect(panel.getByText(/declined to comment/, { selector: 'li' })).toBeTruthy();
  });

  it('starts afresh on another document, without the facts of the last one', async () => {
    openReader('/documents/talks#0-26');
    await opened(document.title);
    expect(within(factsPanel()).getByText(/Colombia criticized Maduro for blocking candidates/)).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Read another article' }));
    await opened(another.title);
    expect(within(factsPanel()).getByText(/^Hover or focus a highlighted passage/)).toBeTruthy();
  });

  it('shows an editor the pending suggestions as a layer, in step with the review queue', async () => {
    const { container } = openReader('/documents/talks', editorMocks);
    await opened(document.title);
    const queue = await screen.findByRole('listbox', { name: /^Pending suggestions/ });
    const layer = screen.getByRole<HTMLInputElement>('checkbox', { name: /^Suggestions/ });
    expect(layer.checked).toBe(true);
    expect(layer.closest('label')?.textContent).toMatch(/\(2\)/);
    const mark = (words: string) => screen.getByText(words, { selector: 'mark' });
    // Words only suggested are the suggestions layer's; a fact's words suggested too keep the fact's colour.
    expect(mark('The NSC declined to comment').getAttribute('data-category')).toBe('SUGGESTIONS');
    expect(mark('criticized').getAttribute('data-category')).toBe('PRESSURE');
    expect(mark('criticized').classList.contains('suggested')).toBe(true);
    expect(mark('Colombia').classList.contains('suggested')).toBe(false);
    // The queue's current suggestion (the surest) is marked in the text.
    expect(mark('The NSC declined to comment').getAttribute('aria-current')).toBe('true');
    expect(mark('criticized').getAttribute('aria-current')).toBeNull();

    // Moving in the queue scrolls to the next suggestion's words and marks them.
    scrollIntoView.mockClear();
    fireEvent.keyDown(queue, { key: 'j' });
    expect(mark('criticized').getAttribute('aria-current')).toBe('true');
    expect(mark('The NSC declined to comment').getAttribute('aria-current')).toBeNull();
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toBe(mark('criticized'));

    // Clicking suggested words makes theirs current in the queue, and shows it in the panel.
    fireEvent.click(mark('The NSC declined to comment'));
    expect(within(queue).getByRole('option', { selected: true }).textContent).toMatch(/suggested statement/);
    expect(within(factsPanel()).getByText(/statement: suggested statement/)).toBeTruthy();

    // The layer can be turned off like any other.
    fireEvent.click(layer);
    expect(container.querySelectorAll('mark.suggested')).toHaveLength(0);
    expect(screen.queryByText('The NSC declined to comment', { selector: 'mark' })).toBeNull();
  });

  it('shows a reader who is not signed in neither the suggestions layer nor the queue', async () => {
    openReader('/documents/talks');
    await opened(document.title);
    expect(screen.queryByRole('checkbox', { name: /^Suggestions/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Suggestions to review' })).toBeNull();
  });

  it('says so when no document has that name', async () => {
    openReader('/documents/nothing');
    expect(await screen.findByRole('heading', { level: 1, name: 'No such document' })).toBeTruthy();
  });
});
