import type { ConsortiumMemberStatus, ConsortiumRole, ConsortiumStatus, DeadlineKind } from '@community-hub/web-graphql';
import { Badge, type BadgeTone } from '@community-hub/web-ui';

/** Deadlines are UK deadlines whatever the reader's clock says. */
export const UK_TIME_ZONE = 'Europe/London';

const ukFull = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, dateStyle: 'full', timeStyle: 'short' });
const ukShort = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const ukParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "Friday 13 March 2026 at 12:00" in UK time. */
export function formatUkDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : ukFull.format(date);
}

/** "13 Mar 2026, 12:00" in UK time. */
export function formatUkShort(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : ukShort.format(date);
}

function wallClock(date: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = Object.fromEntries(ukParts.formatToParts(date).map((part) => [part.type, part.value]));
  return { year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour, minute: +parts.minute };
}

/** An instant as a datetime-local value ("2026-03-13T12:00") on the UK clock. */
export function toUkInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const t = wallClock(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;
}

/**
 * A datetime-local value read as UK clock time ("2026-07-01T12:00" is 11:00 UTC in summer),
 * as an ISO instant; null when it is not a date and time.
 */
export function fromUkInputValue(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  // UK time is UTC or UTC+1: try the offset in force at the guess, then check it.
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const t = wallClock(new Date(guess));
    const offset = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute) - guess;
    guess = wanted - offset;
  }
  return new Date(guess).toISOString();
}

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

export function formatPounds(value: number): string {
  return pounds.format(value);
}

/** "Befriending, lunch clubs,, " → ["Befriending", "lunch clubs"], without repeats. */
export function parseList(text: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const raw of text.split(',')) {
    const item = raw.trim().replace(/\s+/g, ' ');
    if (item && !seen.has(item.toLowerCase())) {
      seen.add(item.toLowerCase());
      items.push(item);
    }
  }
  return items;
}

export const ROLE_LABELS: Record<ConsortiumRole, string> = {
  LEAD: 'Lead',
  PARTNER: 'Partner',
  SUBCONTRACTOR: 'Subcontractor',
};

export const ROLES: ConsortiumRole[] = ['LEAD', 'PARTNER', 'SUBCONTRACTOR'];

export const CONSORTIUM_STATUS_LABELS: Record<ConsortiumStatus, string> = {
  FORMING: 'Forming',
  SUBMITTED: 'Submitted',
  WON: 'Won',
  LOST: 'Lost',
  WITHDRAWN: 'Withdrawn',
};

const CONSORTIUM_STATUS_TONES: Record<ConsortiumStatus, BadgeTone> = {
  FORMING: 'info',
  SUBMITTED: 'warning',
  WON: 'success',
  LOST: 'danger',
  WITHDRAWN: 'neutral',
};

/** Where the lead may move a consortium from each status (the API refuses anything else). */
export const NEXT_STATUSES: Record<ConsortiumStatus, ConsortiumStatus[]> = {
  FORMING: ['SUBMITTED', 'WITHDRAWN'],
  SUBMITTED: ['WON', 'LOST', 'WITHDRAWN'],
  WON: [],
  LOST: [],
  WITHDRAWN: [],
};

export const MEMBER_STATUS_LABELS: Record<ConsortiumMemberStatus, string> = {
  INVITED: 'Invited',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
};

const MEMBER_STATUS_TONES: Record<ConsortiumMemberStatus, BadgeTone> = {
  INVITED: 'warning',
  ACCEPTED: 'success',
  DECLINED: 'neutral',
};

export const DEADLINE_LABELS: Record<DeadlineKind, string> = {
  CLARIFICATION: 'Clarification questions',
  EXPRESSION_OF_INTEREST: 'Expression of interest',
  SUBMISSION: 'Submission',
};

export function ConsortiumStatusBadge({ status }: { status: ConsortiumStatus }) {
  return <Badge tone={CONSORTIUM_STATUS_TONES[status]}>{CONSORTIUM_STATUS_LABELS[status]}</Badge>;
}

export function MemberStatusBadge({ status }: { status: ConsortiumMemberStatus }) {
  return <Badge tone={MEMBER_STATUS_TONES[status]}>{MEMBER_STATUS_LABELS[status]}</Badge>;
}

export function OpportunityStatusBadges({ opportunity }: { opportunity: { status: 'OPEN' | 'CLOSED'; closingSoon: boolean } }) {
  return (
    <span className="badges">
      {opportunity.status === 'CLOSED' ? <Badge>Closed</Badge> : <Badge tone="success">Open</Badge>}
      {opportunity.closingSoon ? <Badge tone="warning">Closing soon</Badge> : null}
    </span>
  );
}

export function opportunitiesPath(slug: string): string {
  return `/n/${slug}/opportunities`;
}

export function opportunityPath(slug: string, opportunityId: string): string {
  return `/n/${slug}/o/${opportunityId}`;
}

export type ConsortiumTab = 'agreement' | 'threads' | 'library';

export function consortiumPath(slug: string, consortiumId: string, tab?: ConsortiumTab): string {
  return `/n/${slug}/c/${consortiumId}${tab ? `/${tab}` : ''}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The three deadlines, as a definition list, in UK time. */
export function DeadlineFacts({
  opportunity,
}: {
  opportunity: { deadline: string; clarificationDeadline: string | null; expressionOfInterestDeadline: string | null };
}) {
  const rows: Array<[string, string | null]> = [
    ['Clarification questions by', opportunity.clarificationDeadline],
    ['Expression of interest by', opportunity.expressionOfInterestDeadline],
    ['Submission deadline', opportunity.deadline],
  ];
  return (
    <dl className="facts deadline-facts">
      {rows
        .filter((row): row is [string, string] => !!row[1])
        .map(([label, iso]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <time dateTime={iso}>{formatUkDateTime(iso)}</time> <span className="muted small">(UK time)</span>
            </dd>
          </div>
        ))}
    </dl>
  );
}
