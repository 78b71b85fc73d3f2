import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { describeError, type ReportFieldsFragment } from '@community-hub/web-graphql';
import { Badge, Button, ButtonLink, EmptyState, ErrorAlert, Loading, RelativeTime, TextAreaField, useDocumentTitle } from '@community-hub/web-ui';
import { moderationQueueQuery, openReportCountSubscription, resolveReportMutation } from './moderation.documents';
import { HeldPostsSection } from './held-posts';
import { ACTION_LABEL, KIND_NOUN, reasonLabel, type ReportKindName } from './moderation-shared';
import './moderation.css';

type Status = 'OPEN' | 'RESOLVED';

interface Group {
  key: string;
  kind: ReportKindName;
  excerpt: string;
  path: string | null;
  reports: ReportFieldsFragment[];
}

/** Reports about the same thing together, the most recently reported first (the page is newest first). */
export function groupReports(reports: ReportFieldsFragment[]): Group[] {
  const groups = new Map<string, Group>();
  for (const report of reports) {
    const key = `${report.kind}:${report.targetId}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, kind: report.kind as ReportKindName, excerpt: report.excerpt, path: report.path ?? null, reports: [] }));
    group.reports.push(report);
  }
  return [...groups.values()];
}

/** A network's moderation queue: coordinators act on what members reported, each action with a note. */
export function ModerationQueuePage() {
  const { slug = '' } = useParams();
  const [status, setStatus] = useState<Status>('OPEN');
  const [{ data, fetching, error }, refetch] = useQuery({ query: moderationQueueQuery, variables: { slug, status }, requestPolicy: 'cache-and-network' });
  const network = data?.network;
  const [{ data: live }] = useSubscription({ query: openReportCountSubscription, variables: { networkId: network?.id ?? '' }, pause: !network?.id });
  const liveCount = live?.openReportCountChanged;
  // A new report or one resolved elsewhere: fetch the list again.
  useEffect(() => {
    if (liveCount !== undefined) refetch({ requestPolicy: 'network-only' });
  }, [liveCount, refetch]);
  useDocumentTitle(network ? `Moderation – ${network.name}` : 'Moderation');
  const groups = useMemo(() => groupReports(network?.reports.nodes ?? []), [network]);
  const problem = describeError(error);
  const count = liveCount ?? network?.openReportCount ?? 0;

  if (!network && fetching) return <Loading />;
  if (!network) return <ErrorAlert>{problem?.message ?? 'This network could not be found.'}</ErrorAlert>;
  return (
    <div className="stack">
      <div className="page-heading">
        <h1>
          Moderation{' '}
          <Badge tone={count ? 'warning' : 'neutral'}>
            <span aria-live="polite">{count} open</span>
          </Badge>
        </h1>
        <p className="muted">
          <Link to={`/n/${slug}`}>{network.name}</Link>
        </p>
      </div>
      <HeldPostsSection slug={slug} />
      <h2>Reports</h2>
      <div className="moderation-tabs" role="group" aria-label="Show reports">
        <Button variant={status === 'OPEN' ? 'primary' : 'secondary'} aria-pressed={status === 'OPEN'} onClick={() => setStatus('OPEN')}>
          Open
        </Button>
        <Button variant={status === 'RESOLVED' ? 'primary' : 'secondary'} aria-pressed={status === 'RESOLVED'} onClick={() => setStatus('RESOLVED')}>
          Resolved
        </Button>
        <ButtonLink to={`/n/${slug}/moderation/audit`} variant="quiet">
          Audit log
        </ButtonLink>
      </div>
      {groups.length === 0 ? (
        <EmptyState>{status === 'OPEN' ? 'Nothing to review: no open reports.' : 'No resolved reports yet.'}</EmptyState>
      ) : (
        <ul className="moderation-groups">
          {groups.map((group) => (
            <ReportGroupItem key={group.key} group={group} onResolved={() => refetch({ requestPolicy: 'network-only' })} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ReportGroupItem({ group, onResolved }: { group: Group; onResolved(): void }) {
  const [note, setNote] = useState('');
  const [state, resolve] = useMutation(resolveReportMutation);
  const problem = describeError(state.error);
  const open = group.reports.some((r) => r.status === 'OPEN');
  const headingId = `report-group-${group.key.replace(/[^a-z0-9]/gi, '-')}`;
  const noun = KIND_NOUN[group.kind];

  async function act(action: 'DISMISS' | 'REMOVE_CONTENT' | 'SUSPEND_AUTHOR') {
    const result = await resolve({ input: { reportId: group.reports[0].id, action, note } });
    if (!result.error) onResolved();
  }

  return (
    <li className="moderation-group stack" aria-labelledby={headingId}>
      <h3 id={headingId} className="small">
        {group.reports.length} {group.reports.length === 1 ? 'report' : 'reports'} about a {noun}:{' '}
        {group.path ? <Link to={group.path}>{group.excerpt || `the ${noun}`}</Link> : <span>{group.excerpt || `the ${noun}`}</span>}
      </h3>
      <ul className="moderation-reports">
        {group.reports.map((report) => (
          <li key={report.id}>
            <strong>{reasonLabel(report.reason)}</strong> · <RelativeTime iso={report.createdAt} />
            {report.note ? <p className="small">“{report.note}”</p> : null}
            {report.status === 'RESOLVED' ? (
              <p className="small muted">
                {ACTION_LABEL[report.action ?? ''] ?? 'Resolved'}
                {report.resolutionNote ? `: ${report.resolutionNote}` : ''}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {open ? (
        <div className="stack">
          <ErrorAlert>{problem?.message}</ErrorAlert>
          <TextAreaField label="Note for the audit log" value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={2000} />
          <div className="actions">
            <Button variant="secondary" onClick={() => act('DISMISS')} disabled={state.fetching}>
              Dismiss
            </Button>
            {group.kind !== 'USER' ? (
              <Button variant="danger" onClick={() => act('REMOVE_CONTENT')} disabled={state.fetching}>
                Remove the {noun}
              </Button>
            ) : null}
            <Button variant="danger" onClick={() => act('SUSPEND_AUTHOR')} disabled={state.fetching}>
              Suspend the author
            </Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
