import { Injectable } from '@nestjs/common';
import type { Caller, RequestContext } from '@community-hub/api-common';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { LiveDelivery } from '@community-hub/api-pubsub';
import { ReportAudience } from './entities/report.entity';
import { REPORTS_CHANGED, ReportsService } from './reports.service';

/**
 * The live badge: a network's count of open reports, sent when a report is made
 * or resolved there. Coordinators only, checked when subscribing and again for
 * every delivery (a coordinator who steps down stops receiving at once).
 */
@Injectable()
export class ModerationLiveService {
  constructor(
    private readonly live: LiveDelivery,
    private readonly access: SpaceAccessService,
    private readonly reports: ReportsService,
  ) {}

  async watchOpenCount(caller: Caller | null, networkId: string, context?: RequestContext): Promise<AsyncIterableIterator<{ openReportCountChanged: number }>> {
    await this.access.require(caller, SpacePermission.MODERATE, networkId);
    return this.live.subscribe({
      topic: REPORTS_CHANGED,
      only: (message) => message.audience === ReportAudience.NETWORK && message.networkId === networkId,
      subscriber: caller?.userId ?? 'anonymous',
      load: { key: `open-count:${networkId}`, run: async () => ({ count: await this.reports.countOpen(networkId) }) },
      mayReceive: { key: `moderate:${networkId}`, check: () => this.access.can(caller, SpacePermission.MODERATE, networkId) },
      deliver: (loaded) => ({ openReportCountChanged: loaded.count }),
      context,
    });
  }
}
