/**
 * A newcomer's post (or new thread) held for a coordinator's approval, where the network
 * holds newcomers' first posts. NULL: published. PENDING: seen only by its author and the
 * space's coordinators, in no list, count, search, notification or live event.
 * REJECTED: removed by a coordinator, never published.
 */
export enum HoldStatus {
  PENDING = 'PENDING',
  REJECTED = 'REJECTED',
}
