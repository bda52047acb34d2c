import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCache } from '../../apollo';
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

function openReader(path: string) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
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

  it('says so when no document has that name', async () => {
    openReader('/documents/nothing');
    expect(await screen.findByRole('heading', { level: 1, name: 'No such document' })).toBeTruthy();
  });
});
