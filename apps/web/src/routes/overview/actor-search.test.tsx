import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { ActorSearch, ActorSearchQuery } from './actor-search';

const page = (nodes: { slug: string; name: string; kind: 'PERSON' | 'STATE' }[]) => ({
  actors: {
    __typename: 'ActorConnection' as const,
    totalCount: nodes.length,
    edges: nodes.map((node) => ({
      __typename: 'ActorEdge' as const,
      cursor: node.slug,
      node: { __typename: 'Actor' as const, id: `id-${node.slug}`, summary: null, ...node },
    })),
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
  },
});

const mocks = [
  {
    request: { query: ActorSearchQuery, variables: { search: null, first: 20 } },
    result: {
      data: page([
        { slug: 'colombia', name: 'Colombia', kind: 'STATE' },
        { slug: 'nicolas-maduro', name: 'Nicolás Maduro', kind: 'PERSON' },
      ]),
    },
  },
  {
    request: { query: ActorSearchQuery, variables: { search: 'maduro', first: 20 } },
    result: { data: page([{ slug: 'nicolas-maduro', name: 'Nicolás Maduro', kind: 'PERSON' }]) },
  },
  { request: { query: ActorSearchQuery, variables: { search: 'zzz', first: 20 } }, result: { data: page([]) } },
];

function renderSearch() {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <ActorSearch />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('ActorSearch', () => {
  afterEach(cleanup);

  it('lists actors with their kind and links to their page', async () => {
    renderSearch();
    const maduro = await screen.findByRole('link', { name: 'Nicolás Maduro' });
    expect(maduro.getAttribute('href')).toBe('/actors/nicolas-maduro');
    expect(screen.getByText('state')).toBeTruthy();
  });

  it('narrows the list as the reader types', async () => {
    renderSearch();
    await screen.findByRole('link', { name: 'Colombia' });
    fireEvent.change(screen.getByLabelText('Search actors by name'), { target: { value: 'maduro' } });
    await screen.findByText(/1 actor matching “maduro”/);
    expect(screen.queryByRole('link', { name: 'Colombia' })).toBeNull();
  });

  it('says what to try when nothing matches', async () => {
    renderSearch();
    fireEvent.change(screen.getByLabelText('Search actors by name'), { target: { value: 'zzz' } });
    expect(await screen.findByText(/No actor matches “zzz”/)).toBeTruthy();
  });
});
