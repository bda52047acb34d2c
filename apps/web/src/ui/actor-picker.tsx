import { skipToken, useQuery } from '@apollo/client/react';
import { useDeferredValue, useId, useState } from 'react';
import { kindLabel } from './category';
import { graphql } from '../gql';

export const ActorPickerQuery = graphql(`
  query ActorPickerQuery($search: String) {
    actors(search: $search, first: 8) {
      nodes {
        id
        slug
        name
        kind
      }
    }
  }
`);

export const ActorPickerNameQuery = graphql(`
  query ActorPickerNameQuery($slug: String!) {
    actor(slug: $slug) {
      id
      slug
      name
    }
  }
`);

interface ActorPickerProps {
  label: string;
  value: string | null;
  onChange: (slug: string | null) => void;
}

/** A typeahead for one actor (ARIA combobox: arrows move, Enter picks, Escape closes). */
export function ActorPicker({ label, value, onChange }: ActorPickerProps) {
  const id = useId();
  // A slug from the URL (a shared or reloaded link) is shown by the actor's name, once known.
  const { data: named } = useQuery(ActorPickerNameQuery, value ? { variables: { slug: value } } : skipToken);
  const name = value && named?.actor?.slug === value ? named.actor.name : null;
  // The name at once when it is already known (an edit form opened on an actor picked before).
  const [text, setText] = useState(name ?? value ?? '');
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(0);
  const search = useDeferredValue(text.trim());
  const { data, loading } = useQuery(ActorPickerQuery, open ? { variables: { search: search || null } } : skipToken);
  const options = data?.actors.nodes ?? [];
  // When the picked actor or its name changes, the box shows it, replacing what was typed; it is
  // adjusted while rendering, so that the stale text is never painted.
  const [shown, setShown] = useState({ value, name });
  if (shown.value !== value || shown.name !== name) {
    setShown({ value, name });
    if (!value) setText('');
    else if (name) setText(name);
  }

  const pick = (option: { slug: string; name: string }) => {
    setText(option.name);
    setOpen(false);
    onChange(option.slug);
  };
  const expanded = open && options.length > 0;
  const noMatch = open && !loading && data !== undefined && options.length === 0 && search !== '';

  return (
    <div className="picker">
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && options[highlight] ? `${id}-${options[highlight].slug}` : undefined}
        aria-describedby={noMatch ? `${id}-none` : undefined}
        autoComplete="off"
        value={text}
        placeholder="Type a name"
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setHighlight(0);
          // Emptying the box lets go of the actor picked before.
          if (!event.target.value.trim() && value) onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setHighlight((h) => Math.min(h + 1, options.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setHighlight((h) => Math.max(h - 1, 0));
          } else if (event.key === 'Enter' && expanded && options[highlight]) {
            event.preventDefault();
            pick(options[highlight]);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-labelledby={`${id}-label`}
        className="picker-options"
        hidden={!expanded}
      >
        {expanded
          ? options.map((option, index) => (
              <li
                key={option.slug}
                id={`${id}-${option.slug}`}
                role="option"
                aria-selected={index === highlight}
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(option);
                }}
              >
                {option.name} <span className="muted">{kindLabel(option.kind)}</span>
              </li>
            ))
          : null}
      </ul>
      {noMatch ? (
        <p id={`${id}-none`} className="picker-none" role="status">
          No actor matches “{search}”.
        </p>
      ) : null}
    </div>
  );
}
