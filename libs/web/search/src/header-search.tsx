import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { describeError, type SearchHitFieldsFragment } from '@community-hub/web-graphql';
import { Button, useDebouncedValue } from '@community-hub/web-ui';
import { KIND_ORDER, KIND_PLURALS, networkSlugFromPath, searchPagePath } from './search-shared';
import { searchQuery } from './search.documents';
import { Snippet } from './snippet';
import './search.css';

export const SUGGESTION_DEBOUNCE_MS = 250;
/** How many hits the header's suggestions show (all kinds together, best first). */
export const SUGGESTION_COUNT = 8;

interface Choice {
  id: string;
  path: string;
  hit: SearchHitFieldsFragment | null;
}

/**
 * The search box in the header (every page): an ARIA combobox whose listbox
 * shows the best matches grouped by kind, then "See all results". Focus stays
 * in the text box; Up/Down move the highlighted option (aria-activedescendant),
 * Enter opens it, Escape closes the list (and clears the box when closed).
 * On a network's pages it can search that network only.
 */
export function HeaderSearch() {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const networkSlug = networkSlugFromPath(pathname);
  const ids = useId();
  const listboxId = `${ids}-listbox`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [scoped, setScoped] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebouncedValue(text.trim(), SUGGESTION_DEBOUNCE_MS);
  const slug = scoped && networkSlug ? networkSlug : null;

  const [{ data, fetching, error }] = useQuery({
    query: searchQuery,
    variables: { query, networkSlug: slug, first: SUGGESTION_COUNT },
    pause: !query,
  });

  // Moving to another page closes the list and forgets the text.
  useEffect(() => {
    setOpen(false);
    setActive(-1);
    setText('');
  }, [pathname, search]);

  const hits = useMemo(() => (query && data ? data.search : []), [query, data]);
  const groups = useMemo(
    () => KIND_ORDER.map((kind) => ({ kind, hits: hits.filter((hit) => hit.kind === kind) })).filter((group) => group.hits.length),
    [hits],
  );
  const seeAllPath = searchPagePath({ q: text.trim() || query, network: slug });
  // The options in the order they are shown, so Up/Down cross from one group to the next.
  const choices: Choice[] = [
    ...groups.flatMap((group) => group.hits.map((hit) => ({ id: `${ids}-${hit.kind}-${hit.id}`, path: hit.path, hit }))),
    { id: `${ids}-all`, path: seeAllPath, hit: null },
  ];
  const expanded = open && !!text.trim();
  const activeChoice = expanded && active >= 0 ? choices[active] : undefined;
  const problem = describeError(error, {
    NOT_FOUND: 'This network cannot be searched.',
  });
  const settled = !!query && query === text.trim() && !fetching;

  // New suggestions: nothing is highlighted until the person moves to one.
  useEffect(() => setActive(-1), [hits]);

  function choose(choice: Choice) {
    setOpen(false);
    setActive(-1);
    navigate(choice.path);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!text.trim()) return;
        event.preventDefault();
        const count = choices.length;
        if (!open) {
          setOpen(true);
          setActive(event.key === 'ArrowDown' ? 0 : count - 1);
          return;
        }
        setActive((current) => {
          if (event.key === 'ArrowDown') return current + 1 >= count ? 0 : current + 1;
          return current <= 0 ? count - 1 : current - 1;
        });
        return;
      }
      case 'Enter':
        if (activeChoice) {
          event.preventDefault();
          choose(activeChoice);
        }
        return;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          setText('');
        }
        return;
      default:
        return;
    }
  }

  return (
    <form
      role="search"
      aria-label="Site"
      className="header-search"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) {
          inputRef.current?.focus();
          return;
        }
        choose({ id: 'submit', path: seeAllPath, hit: null });
      }}
    >
      <div className="header-search-row">
        <label htmlFor={`${ids}-input`} className="visually-hidden">
          Search Community Hub
        </label>
        <div className="header-search-box">
          <input
            ref={inputRef}
            id={`${ids}-input`}
            type="search"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            placeholder="Search…"
            maxLength={200}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={expanded ? listboxId : undefined}
            aria-activedescendant={activeChoice?.id}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
          {expanded ? (
            <div className="search-popup">
              {problem ? <p className="search-popup-note">{problem.message}</p> : null}
              {!problem && fetching && !data ? <p className="search-popup-note">Searching…</p> : null}
              {settled && !problem && !hits.length ? <p className="search-popup-note">No matches yet. Try other words.</p> : null}
              <div role="listbox" id={listboxId} aria-label="Search suggestions" className="search-listbox">
                {groups.map((group) => (
                  <div role="group" key={group.kind} aria-labelledby={`${ids}-${group.kind}-label`} className="search-group">
                    <div id={`${ids}-${group.kind}-label`} className="search-group-label">
                      {KIND_PLURALS[group.kind]}
                    </div>
                    {group.hits.map((hit) => {
                      const index = choices.findIndex((choice) => choice.hit === hit);
                      const choice = choices[index] as Choice;
                      return (
                        <div
                          key={choice.id}
                          id={choice.id}
                          role="option"
                          aria-selected={index === active}
                          className="search-option"
                          // Keep focus in the text box: the option is chosen on click.
                          onMouseDown={(event) => event.preventDefault()}
                          onClick={() => choose(choice)}
                        >
                          <span className="search-option-title">{hit.title}</span>
                          <span className="search-option-network">{hit.network.name}</span>
                          <Snippet text={hit.snippet} className="search-option-snippet" />
                        </div>
                      );
                    })}
                  </div>
                ))}
                <div
                  id={`${ids}-all`}
                  role="option"
                  aria-selected={active === choices.length - 1}
                  className="search-option search-option-all"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(choices[choices.length - 1] as Choice)}
                >
                  See all results for “{text.trim()}”
                </div>
              </div>
            </div>
          ) : null}
        </div>
        <Button type="submit" variant="secondary" size="small">
          Search
        </Button>
      </div>
      {networkSlug ? (
        <label className="header-search-scope">
          <input type="checkbox" checked={scoped} onChange={(event) => setScoped(event.target.checked)} /> In this network only
        </label>
      ) : null}
      <div className="visually-hidden" aria-live="polite">
        {expanded && settled && !problem ? suggestionsAnnouncement(hits.length) : ''}
      </div>
    </form>
  );
}

function suggestionsAnnouncement(count: number): string {
  if (!count) return 'No suggestions. Press Enter to see all results.';
  return `${count === 1 ? '1 suggestion' : `${count} suggestions`}. Use the up and down arrows to choose one.`;
}
