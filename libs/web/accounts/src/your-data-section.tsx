import { useEffect } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError, type DataExportStatus } from '@community-hub/web-graphql';
import { Badge, type BadgeTone, Button, ButtonLink, buttonClassName, ErrorAlert, RelativeTime, formatFullDate } from '@community-hub/web-ui';
import { myDataExportsQuery, requestMyDataExportMutation } from './accounts.documents';

const STATUS: Record<DataExportStatus, { label: string; tone: BadgeTone }> = {
  PREPARING: { label: 'Being prepared', tone: 'info' },
  READY: { label: 'Ready', tone: 'success' },
  FAILED: { label: 'Failed', tone: 'danger' },
  EXPIRED: { label: 'Expired', tone: 'neutral' },
};

/** "Your data" on the profile page: download a copy (UK GDPR), delete the account, and the privacy notice beside both. */
export function YourDataSection() {
  const [{ data, fetching }, refresh] = useQuery({ query: myDataExportsQuery, requestPolicy: 'cache-and-network' });
  const [requested, request] = useMutation(requestMyDataExportMutation);
  const problem = describeError(requested.error);
  const exports = data?.myDataExports ?? [];
  const preparing = exports.some((item) => item.status === 'PREPARING');

  // While a zip is being prepared, look again every few seconds (the notification also says when).
  useEffect(() => {
    if (!preparing) return;
    const timer = setInterval(() => refresh({ requestPolicy: 'network-only' }), 5000);
    return () => clearInterval(timer);
  }, [preparing, refresh]);

  async function start() {
    const result = await request({});
    if (!result.error) refresh({ requestPolicy: 'network-only' });
  }

  return (
    <section id="your-data" aria-labelledby="your-data-heading" className="panel stack">
      <h2 id="your-data-heading">Your data</h2>
      <p>
        Download a copy of everything you have given Community Hub: your profile, memberships, organisations, posts, the files you
        uploaded, RSVPs, interests and notifications. We prepare a zip file and tell you when it is ready; the link works for 7 days.
        Read our <Link to="/privacy">privacy notice</Link> to learn what we keep and why.
      </p>
      <ErrorAlert>{problem?.message}</ErrorAlert>
      <div className="actions">
        <Button variant="primary" onClick={start} disabled={requested.fetching || preparing}>
          Download my data
        </Button>
        {preparing ? (
          <Button onClick={() => refresh({ requestPolicy: 'network-only' })} disabled={fetching}>
            Check again
          </Button>
        ) : null}
      </div>
      {exports.length ? (
        <ul className="row-list" aria-label="Your data downloads" aria-live="polite">
          {exports.map((item) => (
            <li key={item.id} className="row">
              <div className="row-main">
                Requested <RelativeTime iso={item.createdAt} /> <Badge tone={STATUS[item.status].tone}>{STATUS[item.status].label}</Badge>
                {item.status === 'READY' && item.expiresAt ? <div className="muted small">Available until {formatFullDate(item.expiresAt)}</div> : null}
              </div>
              {item.status === 'READY' && item.downloadUrl ? (
                <a className={buttonClassName({})} href={item.downloadUrl} download>
                  Download zip
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <h3>Delete my account</h3>
      <p>
        Erase your name, email and memberships for good. What you posted and uploaded stays, shown as written by “Former member”. See
        the <Link to="/privacy">privacy notice</Link>.
      </p>
      <div className="actions">
        <ButtonLink to="/me/delete" variant="danger">
          Delete my account…
        </ButtonLink>
      </div>
    </section>
  );
}
