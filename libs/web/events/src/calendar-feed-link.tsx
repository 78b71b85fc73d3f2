import { useEffect, useRef, useState } from 'react';
import { useNetworkContext } from '@community-hub/web-networks';
import { Button, useSiteOrigin } from '@community-hub/web-ui';

/** The feed's full address (https://host/calendar/slug.ics) and its webcal:// twin, which calendar apps open as a subscription. */
export function feedAddresses(path: string, origin: string): { address: string; webcal: string } {
  const address = new URL(path, origin).href;
  return { address, webcal: address.replace(/^https?:/, 'webcal:') };
}

/**
 * "Subscribe to calendar": the network's public iCalendar feed as a
 * subscription that stays up to date (a webcal:// link, the address to copy,
 * short instructions per app), not a file that never changes. The feed holds
 * public events of a public network only, so other networks have none.
 */
export function CalendarFeedLink({ path }: { path: string | undefined }) {
  const { network } = useNetworkContext();
  const origin = useSiteOrigin();
  if (!path) return null;
  if (network.visibility !== 'PUBLIC') {
    return <p className="calendar-feed small muted">This network has no public calendar feed. Use “Add to calendar” on an event to save it.</p>;
  }
  const { address, webcal } = feedAddresses(path, origin);
  return (
    <div className="calendar-feed stack-small">
      <p className="calendar-feed-actions small">
        <a href={webcal}>Subscribe to calendar</a>
        <CopyAddress address={address} />
        <span className="muted">Public events; your calendar app keeps them up to date.</span>
      </p>
      <details className="small">
        <summary>How to subscribe in Outlook, Google Calendar or Apple Calendar</summary>
        <ul className="calendar-feed-steps">
          <li>
            <strong>Outlook</strong>: in Calendar choose Add calendar, then Subscribe from web; paste the address and choose Import.
          </li>
          <li>
            <strong>Google Calendar</strong> (on a computer): beside Other calendars choose +, then From URL; paste the address and choose Add calendar.
            Google looks for changes every few hours.
          </li>
          <li>
            <strong>Apple Calendar</strong>: on an iPhone or iPad, tap Subscribe to calendar above; on a Mac choose File, New Calendar
            Subscription, and paste the address.
          </li>
        </ul>
      </details>
    </div>
  );
}

/** "Copy address": to the clipboard where the browser allows it, otherwise shown selected in a read-only box to copy by hand. */
function CopyAddress({ address }: { address: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const input = useRef<HTMLInputElement>(null);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(address);
      setState('copied');
    } catch {
      setState('manual');
    }
  }

  // Once the box is on the page (an effect runs after React has committed it; a timer could run before).
  useEffect(() => {
    if (state !== 'manual') return;
    input.current?.focus();
    input.current?.select();
  }, [state]);

  return (
    <>
      <Button variant="secondary" size="small" onClick={() => void copy()}>
        Copy address
      </Button>
      <span role="status" className="calendar-feed-status">
        {state === 'copied' ? 'Address copied.' : state === 'manual' ? 'Copy the address below (Ctrl+C, or ⌘C on a Mac).' : ''}
      </span>
      {state === 'manual' ? (
        <label className="calendar-feed-address">
          <span className="visually-hidden">Calendar address</span>
          <input ref={input} type="text" readOnly value={address} onFocus={(event) => event.currentTarget.select()} />
        </label>
      ) : null}
    </>
  );
}
