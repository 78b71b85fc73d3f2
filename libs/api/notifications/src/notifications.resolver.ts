import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { type Caller, IdArg, mapPage, type Page, type RequestContext } from '@community-hub/api-common';
import { CurrentCaller } from '@community-hub/api-auth';
import { AccountsService, User } from '@community-hub/api-accounts';
import { Folder } from '@community-hub/api-library';
import { Network, NetworksService } from '@community-hub/api-networks';
import { LiveDelivery } from '@community-hub/api-pubsub';
import { EmailFrequency } from './entities/notification-preference.entity';
import { Notification, NotificationConnection, NotificationPreference, NotificationsArgs } from './models/notification.model';
import { NOTIFICATION_ADDED, NOTIFICATIONS_READ, NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly networks: NetworksService,
    private readonly accounts: AccountsService,
    private readonly live: LiveDelivery,
  ) {}

  @Query(() => NotificationConnection, { description: "The caller's notifications, newest first." })
  async notifications(@CurrentCaller() caller: Caller, @Args() args: NotificationsArgs): Promise<Page<Notification>> {
    return mapPage(await this.service.list(caller, args), Notification.from);
  }

  @Query(() => Int, { description: 'For the badge in the header.' })
  unreadNotificationCount(@CurrentCaller() caller: Caller): Promise<number> {
    return this.service.unreadCount(caller);
  }

  @Mutation(() => Notification)
  async markNotificationRead(@CurrentCaller() caller: Caller, @IdArg('notificationId') id: string): Promise<Notification> {
    return Notification.from(await this.service.markRead(caller, id));
  }

  @Mutation(() => Int, { description: 'Marks every notification read; returns how many were unread.' })
  markAllNotificationsRead(@CurrentCaller() caller: Caller): Promise<number> {
    return this.service.markAllRead(caller);
  }

  @Query(() => [NotificationPreference], { description: 'Email settings, one per network the caller belongs to (default DAILY).' })
  async notificationPreferences(@CurrentCaller() caller: Caller): Promise<NotificationPreference[]> {
    return (await this.service.preferencesOf(caller)).map((p) => Object.assign(new NotificationPreference(), p));
  }

  @Mutation(() => NotificationPreference)
  async setNotificationPreference(
    @CurrentCaller() caller: Caller,
    @IdArg('networkId') networkId: string,
    @Args('email', { type: () => EmailFrequency }) email: EmailFrequency,
  ): Promise<NotificationPreference> {
    return Object.assign(new NotificationPreference(), await this.service.setPreference(caller, networkId, email));
  }

  @Mutation(() => Boolean, { description: 'Watch a library folder (told of every new document in it), or stop.' })
  watchFolder(@CurrentCaller() caller: Caller, @IdArg('folderId') folderId: string, @Args('watch', { defaultValue: true }) watch: boolean): Promise<boolean> {
    return this.service.watchFolder(caller, folderId, watch);
  }

  @Query(() => [User], { description: 'People to @mention in a network or consortium workspace, by the start of their name.' })
  async mentionableUsers(
    @CurrentCaller() caller: Caller,
    @IdArg('spaceId', { description: 'A network id or a consortium id.' }) spaceId: string,
    @Args('query', { defaultValue: '' }) query: string,
    @Args('first', { type: () => Int, defaultValue: 8 }) first: number,
    @Context() ctx: RequestContext,
  ): Promise<User[]> {
    const found = await this.service.mentionable(caller, spaceId, query, first);
    const users = await this.accounts.usersById(ctx).loadMany(found.map((u) => u.id));
    return users.filter((u): u is NonNullable<typeof u> & object => Boolean(u) && !(u instanceof Error)).map((u) => User.from(u as never));
  }

  @Subscription(() => Notification, { description: "The caller's new notifications, as they happen." })
  notificationAdded(@CurrentCaller() caller: Caller) {
    // Only the recipient subscribes to their notifications, and reads them as their own: no further check.
    return this.live.subscribe({
      topic: NOTIFICATION_ADDED,
      only: (event) => event.userId === caller.userId,
      subscriber: caller.userId,
      load: { key: 'notification', run: (event) => this.service.findOwn(caller, String(event.notificationId)) },
      deliver: (notification) => ({ notificationAdded: Notification.from(notification) }),
    });
  }

  @Subscription(() => Int, {
    description: "The caller's unread count, whenever notifications are marked read (on another device, or by reading their thread).",
  })
  unreadNotificationCountChanged(@CurrentCaller() caller: Caller) {
    return this.live.subscribe({
      topic: NOTIFICATIONS_READ,
      only: (event) => event.userId === caller.userId,
      subscriber: caller.userId,
      load: { key: `unread:${caller.userId}`, run: () => this.service.unreadCount(caller) },
      deliver: (count) => ({ unreadNotificationCountChanged: count }),
    });
  }

  @ResolveField(() => Network, { nullable: true })
  async network(@Parent() notification: Notification, @Context() ctx: RequestContext): Promise<Network | null> {
    if (!notification.networkId) return null;
    const network = await this.networks.networksById(ctx).load(notification.networkId);
    return network ? Network.from(network) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'Who did it.' })
  async actor(@Parent() notification: Notification, @Context() ctx: RequestContext): Promise<User | null> {
    if (!notification.actorId) return null;
    const user = await this.accounts.usersById(ctx).load(notification.actorId);
    return user ? User.from(user) : null;
  }
}

@Resolver(() => NotificationPreference)
export class NotificationPreferencesResolver {
  constructor(private readonly networks: NetworksService) {}

  @ResolveField(() => Network)
  async network(@Parent() preference: NotificationPreference, @Context() ctx: RequestContext): Promise<Network> {
    return Network.from((await this.networks.networksById(ctx).load(preference.networkId))!);
  }
}

@Resolver(() => Folder)
export class FolderWatchResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @ResolveField(() => Boolean, { description: 'Whether the caller is told of new documents here.' })
  watching(@Parent() folder: Folder, @CurrentCaller() caller: Caller | null): Promise<boolean> {
    return this.notifications.isWatchingFolder(caller, folder.id);
  }
}
