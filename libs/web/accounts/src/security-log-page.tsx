import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { describeError, type SecurityEventKind } from '@community-hub/web-graphql';
import {
  buttonClassName,
  Button,
  EmptyState,
  ErrorAlert,
  formatFullDate,
  ListPageState,
  NextPageItem,
  PAGE_SIZE,
  SelectField,
  TextField,
  useDocumentTitle,
  useFocusWhenLoaded,
  usePageCursors,
} from '@community-hub/web-ui';
import { SECURITY_EVENT_KINDS, SECURITY_EVENT_LABELS } from './security-events';
import { securityLogSearchQuery } from './sessions.documents';
import { useSession } from './session';

export const SECURITY_LOG_PATH = '/admin/security-log';

interface Search {
  person: string;
  kind: string;
  from: string;
  to: string;
}

/** A day typed in a date field (local time) as the first or last moment of that day. */
function dayBound(day: string, end: boolean): string | null {
  if (!day) return null;
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function variablesOf(search: Search) {
  return {
    person: search.person.trim() || null,
    kind: (search.kind || null) as SecurityEventKind | null,
    from: dayBound(search.from, false),
    to: dayBound(search.to, true),
  };
}

/** /admin/security-log: platform admins search everyone's security log and download it as CSV. */
export function SecurityLogPage() {
  useDocumentTitle('Security log');
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const search: Search = { person: params.get('person') ?? '', kind: params.get('kind') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const [draft, setDraft] = useState<Search>(search);
  const key = JSON.stringify(search);
  const { pages } = usePageCursors(key);

  if (!user?.isPlatformAdmin) {
    return (
      <div className="stack">
        <h1>Security log</h1>
        <ErrorAlert>Only platform admins can see the security log.</ErrorAlert>
      </div>
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of Object.entries(draft)) if (value.trim()) next.set(name, value.trim());
    setParams(next);
  }

  const variables = variablesOf(search);
  const csv = new URLSearchParams();
  for (const [name, value] of Object.entries(variables)) if (value) csv.set(name, value);

  return (
    <div className="stack-large">
      <h1 id="security-log-heading">Security log</h1>
      <form onSubmit={submit} className="panel stack" role="search" aria-label="Search the security log">
        <TextField
          label="Person"
          hint="Their email address or account id"
          name="person"
          type="search"
          value={draft.person}
          onChange={(event) => setDraft({ ...draft, person: event.target.value })}
        />
        <SelectField label="What happened" name="kind" value={draft.kind} onChange={(event) => setDraft({ ...draft, kind: event.target.value })}>
          <option value="">Anything</option>
          {SECURITY_EVENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {SECURITY_EVENT_LABELS[kind]}
            </option>
          ))}
        </SelectField>
        <TextField label="From" name="from" type="date" value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
        <TextField label="To" name="to" type="date" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
        <div className="actions">
          <Button type="submit" variant="primary">
            Search
          </Button>
          <a className={buttonClassName({ variant: 'secondary' })} href={`/security-log/export.csv?${csv.toString()}`} download>
            Download CSV
          </a>
        </div>
      </form>
      <ul className="row-list" aria-labelledby="security-log-heading">
        {pages.map((page) => (
          <SearchChunk key={page.key} variables={variables} after={page.after} first={page.first} last={page.last} onLoadMore={page.onLoadMore} />
        ))}
      </ul>
    </div>
  );
}

interface ChunkProps {
  variables: ReturnType<typeof variablesOf>;
  after: string | null;
  first: boolean;
  last: boolean;
  onLoadMore(endCursor: string): void;
}

function SearchChunk({ variables, after, first, last, onLoadMore }: ChunkProps) {
  const [{ data, fetching, error }] = useQuery({
    query: securityLogSearchQuery,
    variables: { ...variables, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const focusRef = useFocusWhenLoaded<HTMLLIElement>(!first, !!data);
  const problem = describeError(error);
  const page = data?.securityLog;
  if ((fetching && !data) || problem) return <ListPageState loading={fetching && !data} problem={problem} label="Searching the security log…" />;
  if (!page) return null;
  return (
    <>
      {first && !page.nodes.length ? (
        <li className="row-plain">
          <EmptyState>Nothing matches this search.</EmptyState>
        </li>
      ) : null}
      {page.nodes.map((entry, index) => (
        <li key={entry.id} className="row" ref={index === 0 ? focusRef : undefined} tabIndex={index === 0 && !first ? -1 : undefined}>
          <div className="row-main stack-small">
            <p>
              <strong>{SECURITY_EVENT_LABELS[entry.kind] ?? entry.kind}</strong>
              {entry.detail ? <span className="muted"> ({entry.detail})</span> : null}
            </p>
            <p className="muted small">
              <time dateTime={entry.occurredAt}>{formatFullDate(entry.occurredAt)}</time>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
              {entry.device}
              {entry.address ? `, ${entry.address}` : ''}
              {entry.userId ? `, account ${entry.userId}` : ', no account'}
            </p>
          </div>
        </li>
      ))}
      {last ? <NextPageItem pageInfo={page.pageInfo} onLoadMore={onLoadMore} /> : null}
    </>
  );
}
