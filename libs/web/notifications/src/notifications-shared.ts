import type { EmailFrequency, NotificationFieldsFragment } from '@community-hub/web-graphql';

export type NotificationItem = NotificationFieldsFragment;

export const NOTIFICATIONS_PATH = '/notifications';
export const NOTIFICATION_SETTINGS_PATH = '/settings/notifications';

/**
 * The unread count is a bare Int and "mark all read" returns one: neither names
 * a type urql's document cache can invalidate on, so both say they depend on
 * notifications. The subscription says the same, so each push refreshes them.
 */
export const NOTIFICATIONS_CONTEXT = { additionalTypenames: ['Notification'] };

export function unreadLabel(count: number): string {
  return count ? `Notifications, ${count} unread` : 'Notifications';
}

const UK_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "Tue 3 Mar 2026, 14:05", in UK time wherever the browser is. */
export function formatUkTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : UK_TIME.format(date);
}

export const EMAIL_FREQUENCIES: ReadonlyArray<{ value: EmailFrequency; label: string; hint: string }> = [
  { value: 'IMMEDIATELY', label: 'Immediately', hint: 'An email for each notification, as it happens.' },
  { value: 'DAILY', label: 'Daily digest', hint: 'One email a day, grouping everything new.' },
  { value: 'WEEKLY', label: 'Weekly digest', hint: 'One email a week.' },
  {
    value: 'MAILING_LIST',
    label: 'Mailing list',
    hint: 'Every new post as its own email, threaded in your mail program; reply to an email to post. Other news as it happens.',
  },
  { value: 'OFF', label: 'Off', hint: 'No emails; notifications still appear here.' },
];

export function frequencyLabel(value: EmailFrequency): string {
  return EMAIL_FREQUENCIES.find((frequency) => frequency.value === value)?.label ?? value;
}
