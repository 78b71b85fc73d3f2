import { NotificationKind } from './entities/notification.entity';

export interface MailItem {
  kind: NotificationKind;
  title: string;
  body: string;
  url: string;
  createdAt: Date;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The sections of a digest, in the order people scan them. */
export const SECTIONS: { title: string; kinds: NotificationKind[] }[] = [
  { title: 'Forum', kinds: [NotificationKind.REPLY, NotificationKind.MENTION] },
  { title: 'Library', kinds: [NotificationKind.DOCUMENT_ADDED] },
  { title: 'Events', kinds: [NotificationKind.EVENT_CHANGED, NotificationKind.EVENT_CANCELLED, NotificationKind.WAITLIST_PROMOTED] },
  { title: 'Opportunities and consortia', kinds: [NotificationKind.OPPORTUNITY_DEADLINE, NotificationKind.CONSORTIUM_INVITATION, NotificationKind.CONSORTIUM_RESPONSE] },
  { title: 'Membership', kinds: [NotificationKind.MEMBERSHIP_REQUESTED, NotificationKind.MEMBERSHIP_APPROVED] },
];

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

function layout(heading: string, intro: string, sectionsHtml: string, unsubscribeUrl: string, settingsUrl: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(heading)}</title></head>
<body style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1a1a1a;max-width:640px;margin:0 auto;padding:16px;line-height:1.5">
<h1 style="font-size:20px">${escape(heading)}</h1><p>${escape(intro)}</p>${sectionsHtml}
<hr><p style="font-size:13px;color:#555">You get this because of your email settings for this network.
<a href="${escape(settingsUrl)}">Change how often</a> · <a href="${escape(unsubscribeUrl)}">Unsubscribe from this network's emails</a></p></body></html>`;
}

function itemHtml(item: MailItem): string {
  return `<li style="margin-bottom:12px"><a href="${escape(item.url)}" style="font-weight:600">${escape(item.title)}</a>${item.body ? `<br><span style="color:#444">${escape(item.body)}</span>` : ''}</li>`;
}

function itemText(item: MailItem): string {
  return `- ${item.title}\n${item.body ? `  ${item.body}\n` : ''}  ${item.url}\n`;
}

/** A post as a mailing-list copy: what a mailing-list member reads instead of a notification. */
export interface ListPost {
  postId: string;
  position: number;
  /** Markdown as written: plain text reads well as it is. */
  body: string;
  authorName: string;
  threadId: string;
  threadTitle: string;
  networkSlug: string;
}

export function renderListCopy(networkName: string, post: ListPost, url: string, unsubscribeUrl: string, settingsUrl: string): RenderedMail {
  const subject = `${post.position > 1 ? 'Re: ' : ''}[${networkName}] ${post.threadTitle}`;
  const paragraphs = post.body
    .split(/\n{2,}/)
    .map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
  const html = layout(post.threadTitle, `${post.authorName} wrote:`, `${paragraphs}<p><a href="${escape(url)}">Open in ${escape(networkName)}</a> · Reply to this email to answer in the thread.</p>`, unsubscribeUrl, settingsUrl);
  const text = `${post.authorName} wrote:\n\n${post.body}\n\n--\nOpen: ${url}\nReply to this email to answer in the thread.\nChange how often: ${settingsUrl}\nUnsubscribe from ${networkName} emails: ${unsubscribeUrl}\n`;
  return { subject, text, html };
}

export function renderImmediate(networkName: string, item: MailItem, unsubscribeUrl: string, settingsUrl: string, replyable = false): RenderedMail {
  const subject = `[${networkName}] ${item.title}`;
  const replyHint = replyable ? 'Reply to this email to answer in the discussion (your reply above the quoted text is posted as you).' : '';
  const html = layout(item.title, networkName, `<ul style="padding-left:18px">${itemHtml(item)}</ul>${replyHint ? `<p>${escape(replyHint)}</p>` : ''}`, unsubscribeUrl, settingsUrl);
  const text = `${item.title}\n\n${item.body ? `${item.body}\n\n` : ''}Open: ${item.url}\n${replyHint ? `${replyHint}\n` : ''}\n--\nChange how often: ${settingsUrl}\nUnsubscribe from ${networkName} emails: ${unsubscribeUrl}\n`;
  return { subject, text, html };
}

export function renderDigest(networkName: string, period: 'daily' | 'weekly', items: MailItem[], unsubscribeUrl: string, settingsUrl: string): RenderedMail {
  const subject = `[${networkName}] Your ${period} digest: ${items.length} update${items.length === 1 ? '' : 's'}`;
  const sections = SECTIONS.map((section) => ({ section, items: items.filter((i) => section.kinds.includes(i.kind)) })).filter((s) => s.items.length);
  const html = layout(
    `${networkName}: your ${period} digest`,
    `${items.length} update${items.length === 1 ? '' : 's'} since your last digest.`,
    sections.map((s) => `<h2 style="font-size:16px;margin-top:24px">${escape(s.section.title)}</h2><ul style="padding-left:18px">${s.items.map(itemHtml).join('')}</ul>`).join(''),
    unsubscribeUrl,
    settingsUrl,
  );
  const text =
    `${networkName}: your ${period} digest\n${items.length} update${items.length === 1 ? '' : 's'} since your last digest.\n\n` +
    sections.map((s) => `${s.section.title.toUpperCase()}\n${s.items.map(itemText).join('')}`).join('\n') +
    `\n--\nChange how often: ${settingsUrl}\nUnsubscribe from ${networkName} emails: ${unsubscribeUrl}\n`;
  return { subject, text, html };
}
