import { ACCOUNTS_ENTITIES } from '@community-hub/api-accounts';
import { CONSORTIA_ENTITIES } from '@community-hub/api-consortia';
import { EMAIL_IN_ENTITIES } from '@community-hub/api-email-in';
import { FORUM_ENTITIES } from '@community-hub/api-forum';
import { EVENTS_ENTITIES } from '@community-hub/api-events';
import { LIBRARY_ENTITIES } from '@community-hub/api-library';
import { MAIL_ENTITIES } from '@community-hub/api-mail';
import { MODERATION_ENTITIES } from '@community-hub/api-moderation';
import { NETWORKS_ENTITIES } from '@community-hub/api-networks';
import { NOTIFICATIONS_ENTITIES } from '@community-hub/api-notifications';
import { STATEMENTS_ENTITIES } from '@community-hub/api-statements';

/** Every table the app maps; the migrations must describe exactly these. */
export const ALL_ENTITIES = [
  ...ACCOUNTS_ENTITIES,
  ...NETWORKS_ENTITIES,
  ...FORUM_ENTITIES,
  ...LIBRARY_ENTITIES,
  ...CONSORTIA_ENTITIES,
  ...EVENTS_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...MAIL_ENTITIES,
  ...EMAIL_IN_ENTITIES,
  ...MODERATION_ENTITIES,
  ...STATEMENTS_ENTITIES,
];
