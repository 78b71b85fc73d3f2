import type { OutgoingMail } from '@community-hub/api-mail';

export interface InvitationEmailFacts {
  to: string;
  networkName: string;
  inviterName: string | null;
  message: string;
  link: string;
  expiresAt: Date;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const dateOf = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(date);

/** The invitation email: who invites, the coordinator's message (plain text), the link and when it stops working. */
export function renderInvitationEmail(facts: InvitationEmailFacts): OutgoingMail {
  const who = facts.inviterName ? `${facts.inviterName} has invited you` : 'You have been invited';
  const intro = `${who} to join ${facts.networkName} on Community Hub.`;
  const until = `The link works once, until ${dateOf(facts.expiresAt)}. If you have no account yet, you can make one on the way.`;
  const text = [intro, facts.message ? `\n${facts.message}\n` : '', `Accept the invitation: ${facts.link}`, '', until].join('\n');
  const html = `<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">
<p>${escapeHtml(intro)}</p>
${facts.message ? `<blockquote style="white-space: pre-wrap">${escapeHtml(facts.message)}</blockquote>` : ''}
<p><a href="${escapeHtml(facts.link)}">Accept the invitation</a></p>
<p>${escapeHtml(until)}</p>
</body></html>`;
  return { to: facts.to, subject: `Invitation to join ${facts.networkName}`, text, html };
}
