import { useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert, Loading, RelativeTime, useDocumentTitle } from '@community-hub/web-ui';
import './account-notices.css';

interface OutboxEntry {
  id: string;
  to: string;
  subject: string;
  date: string;
}

interface OutboxMessage extends OutboxEntry {
  from: string;
  text: string;
}

type Loaded<T> = { state: 'loading' } | { state: 'missing' } | { state: 'failed' } | { state: 'ok'; value: T };

/** The API's local outbox: served outside production only (404 in production and with SMTP_URL). */
function useOutbox<T>(path: string): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    fetch(path, { headers: { accept: 'application/json' } })
      .then(async (res) => {
        if (!live) return;
        if (res.status === 404) setLoaded({ state: 'missing' });
        else if (!res.ok) setLoaded({ state: 'failed' });
        else setLoaded({ state: 'ok', value: (await res.json()) as T });
      })
      .catch(() => live && setLoaded({ state: 'failed' }));
    return () => {
      live = false;
    };
  }, [path]);
  return loaded;
}

function Unavailable() {
  return (
    <p>
      The local outbox is not available here: it exists only outside production when no SMTP_URL is set (emails are then written to
      DATA_DIR/mail).
    </p>
  );
}

/** /dev/outbox: the emails the app would have sent, newest first (as letter_opener does for Rails). */
export function OutboxPage() {
  useDocumentTitle('Local outbox');
  const loaded = useOutbox<{ messages: OutboxEntry[] }>('/email/outbox');
  return (
    <div className="stack">
      <h1>Local outbox</h1>
      <p className="muted">Emails written to DATA_DIR/mail because no SMTP_URL is set. Nothing here was sent to anyone.</p>
      {loaded.state === 'loading' ? <Loading /> : null}
      {loaded.state === 'missing' ? <Unavailable /> : null}
      {loaded.state === 'failed' ? <ErrorAlert>The outbox could not be read. Please try again.</ErrorAlert> : null}
      {loaded.state === 'ok' && !loaded.value.messages.length ? <p>No emails yet.</p> : null}
      {loaded.state === 'ok' && loaded.value.messages.length ? (
        <table className="outbox-table">
          <thead>
            <tr>
              <th scope="col">To</th>
              <th scope="col">Subject</th>
              <th scope="col">Time</th>
            </tr>
          </thead>
          <tbody>
            {loaded.value.messages.map((message) => (
              <tr key={message.id}>
                <td>{message.to}</td>
                <td>
                  <Link to={`/dev/outbox/${encodeURIComponent(message.id)}`}>{message.subject || '(no subject)'}</Link>
                </td>
                <td>
                  <RelativeTime iso={message.date} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its web addresses as links (nothing else of the email is interpreted). */
function LinkedText({ text }: { text: string }) {
  const parts: ReactNode[] = text.split(URL_PATTERN).map((part, index) => (index % 2 === 1 ? <a key={index} href={part}>{part}</a> : part));
  return <pre className="outbox-text">{parts}</pre>;
}

/** /dev/outbox/:id: one email, its links clickable. */
export function OutboxMessagePage() {
  const { id = '' } = useParams();
  const loaded = useOutbox<OutboxMessage>(`/email/outbox/${encodeURIComponent(id)}`);
  const subject = loaded.state === 'ok' ? loaded.value.subject : 'Email';
  useDocumentTitle(subject);
  return (
    <div className="stack">
      <p>
        <Link to="/dev/outbox">Back to the outbox</Link>
      </p>
      {loaded.state === 'loading' ? <Loading /> : null}
      {loaded.state === 'missing' ? <Unavailable /> : null}
      {loaded.state === 'failed' ? <ErrorAlert>This email could not be read.</ErrorAlert> : null}
      {loaded.state === 'ok' ? (
        <article className="stack">
          <h1>{loaded.value.subject || '(no subject)'}</h1>
          <dl className="outbox-headers">
            <dt>To</dt>
            <dd>{loaded.value.to}</dd>
            <dt>From</dt>
            <dd>{loaded.value.from}</dd>
            <dt>Time</dt>
            <dd>
              <RelativeTime iso={loaded.value.date} />
            </dd>
          </dl>
          <LinkedText text={loaded.value.text} />
        </article>
      ) : null}
    </div>
  );
}
