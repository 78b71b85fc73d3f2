import { Inject, Injectable } from '@nestjs/common';
import { AccountsService } from '@community-hub/api-accounts';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import type { PostingFacts, PostingVerdict } from '@community-hub/api-forum';
import { ModerationErrorReason, newcomerLimited } from './moderation.errors';
import { SafetySettingsService } from './safety-settings.service';

/**
 * Open sign-up without spam: in their first NEWCOMER_DAYS an account may post at
 * most NEWCOMER_POSTS_PER_HOUR times and include NEWCOMER_LINKS_PER_HOUR links an
 * hour (RATE_LIMITED, with a reason). Where the network holds newcomers' first posts
 * (a coordinator's setting, off by default), a newcomer's post waits for approval until
 * one of theirs has been published there. Registered with the forum as a posting check.
 */
@Injectable()
export class NewcomerRulesService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly settings: SafetySettingsService,
    private readonly access: SpaceAccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  isNewcomer(createdAt: Date, now = new Date()): boolean {
    return now.getTime() - createdAt.getTime() < this.config.safety.newcomerDays * 86_400_000;
  }

  async check(facts: PostingFacts): Promise<PostingVerdict | void> {
    const { newcomerPostsPerHour, newcomerLinksPerHour, newcomerDays } = this.config.safety;
    const author = await this.accounts.findById(facts.authorId);
    if (!author || author.isPlatformAdmin || !this.isNewcomer(author.createdAt)) return;
    if (facts.postsLastHour >= newcomerPostsPerHour) {
      throw newcomerLimited(
        ModerationErrorReason.NEWCOMER_POST_LIMIT,
        `New accounts can post ${newcomerPostsPerHour} times an hour in their first ${newcomerDays} days; please try again later`,
      );
    }
    if (facts.links > 0 && facts.linksLastHour + facts.links > newcomerLinksPerHour) {
      throw newcomerLimited(
        ModerationErrorReason.NEWCOMER_LINK_LIMIT,
        `New accounts can share ${newcomerLinksPerHour} links an hour in their first ${newcomerDays} days; please try again later`,
      );
    }
    // The setting is a network's (no row for a consortium workspace: never held there); its coordinators are never held.
    if (facts.publishedInSpace || !(await this.settings.holdsNewcomerPostsIn(facts.spaceId))) return;
    if (await this.access.can({ userId: author.id }, SpacePermission.MODERATE, facts.spaceId)) return;
    return { hold: true };
  }
}
