import type { OutgoingMail } from '@community-hub/api-mail';

/** The emails accounts sends. Plain words; every link is absolute (PUBLIC_URL) and carries its token as `token`. */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function withLink(to: string, subject: string, paragraphs: string[], link: { url: string; label: string }, after: string[]): OutgoingMail {
  const text = [...paragraphs, `${link.label}: ${link.url}`, ...after].join('\n\n');
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`,
    `<p>Or copy this address into your browser: ${escapeHtml(link.url)}</p>`,
    ...after.map((p) => `<p>${escapeHtml(p)}</p>`),
  ].join('\n');
  return { to, subject, text, html };
}

export function passwordResetEmail(to: string, url: string, ttlMinutes: number): OutgoingMail {
  return withLink(
    to,
    'Reset your Community Hub password',
    ['Someone (we hope you) asked to reset the password of your Community Hub account.'],
    { url, label: 'Choose a new password' },
    [`The link works once, for ${ttlMinutes} minutes. If you did not ask, ignore this email: your password stays as it is.`],
  );
}

export function verifyEmail(to: string, url: string, change: boolean): OutgoingMail {
  return withLink(
    to,
    change ? 'Confirm your new email address for Community Hub' : 'Confirm your email address for Community Hub',
    [
      change
        ? 'You asked to use this address for your Community Hub account. It takes effect once you confirm it.'
        : 'Welcome to Community Hub. Please confirm this is your email address, so you can post, share documents and answer events.',
    ],
    { url, label: 'Confirm my email address' },
    ['If this was not you, ignore this email.'],
  );
}

export function emailChangedNotice(to: string, newEmail: string): OutgoingMail {
  const paragraphs = [
    `The email address of your Community Hub account was changed to ${newEmail}. Emails now go there, and you sign in with it.`,
    'If you did not make this change, reset your password from the sign-in page at once and tell a coordinator of your network.',
  ];
  return { to, subject: 'Your Community Hub email address was changed', text: paragraphs.join('\n\n'), html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n') };
}
