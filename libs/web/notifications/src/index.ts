export { NotificationBell } from './notification-bell';
export { notificationsRoutes } from './notifications-routes';
export { MentionMarkdownField, MENTION_DEBOUNCE_MS, MENTION_SUGGESTIONS, type MentionMarkdownFieldProps } from './mention-markdown-field';
export { findMentionTrigger, insertMention, mentionMarkdown, type MentionTrigger } from './mention-rules';
export {
  EMAIL_FREQUENCIES,
  NOTIFICATION_SETTINGS_PATH,
  NOTIFICATIONS_CONTEXT,
  NOTIFICATIONS_PATH,
  formatUkTime,
  unreadLabel,
  type NotificationItem,
} from './notifications-shared';
export * from './notifications.documents';
export { NetworkEmailPanel } from './network-email-panel';
export { EmailDeliveryNotice } from './email-delivery-notice';
