import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { ButtonLink, EmptyState, ErrorAlert, formatFullDate, Loading, useDocumentTitle } from '@community-hub/web-ui';
import { auditLogQuery } from './moderation.documents';
import './moderation.css';

const ACTIONS: Record<string, string> = {
  REPORT_DISMISS: 'Dismissed a report',
  REPORT_REMOVE_CONTENT: 'Removed reported content',
  REPORT_SUSPEND_AUTHOR: 'Suspended a reported author',
  PIN: 'Pinned a thread',
  UNPIN: 'Unpinned a thread',
  LOCK: 'Locked a thread',
  UNLOCK: 'Unlocked a thread',
  RETAG: 'Retagged a thread',
  REMOVE_POST: 'Removed a post',
  MEMBERSHIP_SUSPENDED: 'Suspended a member',
  MEMBERSHIP_REINSTATED: 'Reinstated a member',
  NEWCOMER_HOLD_ON: 'Began holding newcomers’ posts',
  NEWCOMER_HOLD_OFF: 'Stopped holding newcomers’ posts',
};

/** Every moderation action in the network, newest first, with a CSV download. */
export function AuditLogPage() {
  const { slug = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: auditLogQuery, variables: { slug }, requestPolicy: 'cache-and-network' });
  const network = data?.network;
  useDocumentTitle(network ? `Audit log – ${network.name}` : 'Audit log');
  if (!network && fetching) return <Loading />;
  if (!network) return <ErrorAlert>{describeError(error)?.message ?? 'This network could not be found.'}</ErrorAlert>;
  const entries = network.auditLog.nodes;
  return (
    <div className="stack">
      <div className="page-heading">
        <h1>Moderation audit log</h1>
        <p className="muted">{network.name}</p>
      </div>
      <div className="actions">
        <ButtonLink to={`/n/${slug}/moderation`} variant="secondary">
          Back to the queue
        </ButtonLink>
        {/* A plain download: the browser sends the session cookie. */}
        <a className="button button-secondary" href={network.auditLogCsvPath} download>
          Download as CSV
        </a>
      </div>
      {entries.length === 0 ? (
        <EmptyState>No moderation actions yet.</EmptyState>
      ) : (
        <table className="audit-log-table">
          <caption className="visually-hidden">Moderation actions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{formatFullDate(entry.createdAt)}</td>
                <td>{entry.actor?.name ?? 'Former member'}</td>
                <td>
                  {ACTIONS[entry.action] ?? entry.action} ({entry.subjectKind.toLowerCase()})
                </td>
                <td>{entry.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
