export type ReportKindName = 'POST' | 'THREAD' | 'DOCUMENT' | 'EVENT' | 'USER';

export const REASONS: { value: 'SPAM' | 'ABUSE' | 'ILLEGAL' | 'PRIVACY' | 'OTHER'; label: string }[] = [
  { value: 'SPAM', label: 'Spam or advertising' },
  { value: 'ABUSE', label: 'Abuse, harassment or hate' },
  { value: 'ILLEGAL', label: 'Illegal content' },
  { value: 'PRIVACY', label: "Shares someone's private information" },
  { value: 'OTHER', label: 'Something else' },
];

export const KIND_NOUN: Record<ReportKindName, string> = { POST: 'post', THREAD: 'thread', DOCUMENT: 'document', EVENT: 'event', USER: 'profile' };

export const ACTION_LABEL: Record<string, string> = {
  DISMISS: 'Dismissed',
  REMOVE_CONTENT: 'Removed',
  SUSPEND_AUTHOR: 'Author suspended',
};

export const reasonLabel = (reason: string) => REASONS.find((r) => r.value === reason)?.label ?? reason;
