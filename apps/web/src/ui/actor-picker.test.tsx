import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActorPicker, ActorPickerQuery } from './actor-picker';

const actor = (slug: string, name: string, kind: 'PERSON' | 'STATE') => ({
  __typename: 'Actor' as const,
  id: `id-${slug}`,
  slug,
  name,
  kind,
});
const page = (nodes: ReturnType<typeof actor>[]) => ({ actors: { __typename: 'ActorConnection' as const, nodes } });
const petro = actor('gustavo-petro', 'Gustavo Petro', 'PERSON');
const colombia = actor('colombia', 'Colombia', 'STATE');

const mocks = [
  { request: { query: ActorPickerQuery, variables: { search: null } }, result: { data: page([colombia, petro]) } },
  { request: { query: ActorPickerQuery, variables: { search: 'p' } }, result: { data: page([petro]) } },
  { request: { query: ActorPickerQuery, variables: { search: 'zzz' } }, result: { data: page([]) } },
];

function renderPicker(onChange = vi.fn()) {
  render(
    <MockedProvider mocks={mocks}>
      <ActorPicker label="From" value={null} onChange={onChange} />
    </MockedProvider>,
  );
  return { onChange, box: screen.getByRole('combobox', { name: 'From' }) };
}

describe('ActorPicker', () => {
  afterEach(cleanup);

  it('offers matching actors and picks one from the keyboard', async () => {
    const { onChange, box } = renderPicker();
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'p' } });
    const option = await screen.findByRole('option', { name: /Gustavo Petro/ });
    expect(screen.getAllByRole('option')).toHaveLength(1);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(option.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('gustavo-petro');
    expect((box as HTMLInputElement).value).toBe('Gustavo Petro');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('moves through the options with the arrow keys', async () => {
    const { onChange, box } = renderPicker();
    fireEvent.focus(box);
    await screen.findByRole('option', { name: /Colombia/ });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { name: /Gustavo Petro/ }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('gustavo-petro');
  });

  it('says when nothing matches', async () => {
    const { box } = renderPicker();
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'zzz' } });
    expect((await screen.findByRole('status')).textContent).toBe('No actor matches “zzz”.');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });
});
