import { Injectable, Logger } from '@nestjs/common';
import { AccountsService } from '@community-hub/api-accounts';
import { MembershipRole, NetworksService, NetworkVisibility, OrganisationKind, OrganisationsService } from '@community-hub/api-networks';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { EventsService } from '@community-hub/api-events';
import { ForumService } from '@community-hub/api-forum';
import { DEMO_NETWORKS } from './demo-networks';

/** Stated in the README so a first-time user can sign in as a coordinator. */
export const DEMO_COORDINATOR = {
  email: 'coordinator@demo.communityhub.local',
  password: 'demo-coordinator-2026',
  name: 'Demo Coordinator',
};

/**
 * Loads the Cheshire East demo networks on first start. Idempotent: every step
 * looks for what it would create, so restarts never duplicate anything.
 */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    private readonly accounts: AccountsService,
    private readonly networks: NetworksService,
    private readonly organisations: OrganisationsService,
    private readonly forum: ForumService,
    private readonly events: EventsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async load(): Promise<void> {
    const coordinator = await this.accounts.ensureUser(DEMO_COORDINATOR);
    const networkIds = new Map<string, string>();
    for (const demo of DEMO_NETWORKS) {
      const network = await this.networks.ensureNetwork({
        slug: demo.slug,
        name: demo.name,
        description: demo.description,
        area: demo.area,
        visibility: NetworkVisibility.PUBLIC,
      });
      networkIds.set(demo.slug, network.id);
      await this.networks.ensureMembership(coordinator.id, network.id, MembershipRole.COORDINATOR);
      for (const organisation of demo.organisations) {
        await this.organisations.ensureListed(
          {
            networkId: network.id,
            name: organisation.name,
            kind: organisation.kind as OrganisationKind,
            description: organisation.description,
            website: organisation.website,
            areasServed: organisation.areasServed,
          },
          coordinator.id,
        );
      }
    }
    await this.loadContent(coordinator.id, networkIds);
    this.logger.log(`Demo data ready: ${DEMO_NETWORKS.length} networks`);
  }

  /** A welcome thread and a few events, so a first look shows the product working (each only once). */
  private async loadContent(coordinatorId: string, networkIds: Map<string, string>): Promise<void> {
    const caller = { userId: coordinatorId };
    const macclesfield = networkIds.get('macclesfield');
    const crewe = networkIds.get('crewe');
    if (macclesfield && !(await this.exists('threads', macclesfield, 'Welcome to the Macclesfield Community Network'))) {
      await this.forum.createThread(caller, {
        networkId: macclesfield,
        title: 'Welcome to the Macclesfield Community Network',
        body: 'This is the place for local groups, charities and the council to **share news, ask questions and work together**.\n\nIntroduce your group below, and see the Events tab for what is on.',
        tags: ['welcome'],
      });
    }
    // Next week's Tuesday at 10:00 UK time, then every week for three months.
    const tuesday = DateTime.now().setZone('Europe/London').startOf('week').plus({ weeks: 1, days: 1 }).set({ hour: 10 });
    if (macclesfield && !(await this.exists('events', macclesfield, 'Knit & Natter'))) {
      await this.events.createEvent(caller, {
        networkId: macclesfield,
        title: 'Knit & Natter',
        description: 'Bring your knitting (or learn!), have a cuppa and a chat. All welcome, no need to book.',
        location: 'Macclesfield Library',
        address: 'Jordangate, Macclesfield SK10 1EE',
        accessibilityNotes: 'Step-free access and an accessible toilet.',
        startsAt: tuesday.toJSDate(),
        endsAt: tuesday.plus({ hours: 2 }).toJSDate(),
        recurrence: 'FREQ=WEEKLY;COUNT=12',
        capacity: 20,
      });
    }
    const workshop = tuesday.plus({ days: 2 }).set({ hour: 14 });
    if (crewe && !(await this.exists('events', crewe, 'Funding bids workshop'))) {
      await this.events.createEvent(caller, {
        networkId: crewe,
        title: 'Funding bids workshop',
        description: 'How to find funding, write a strong bid and form a consortium with other groups.',
        location: 'Crewe Lifestyle Centre',
        address: 'Moss Square, Crewe CW1 2BB',
        startsAt: workshop.toJSDate(),
        endsAt: workshop.plus({ hours: 2 }).toJSDate(),
        capacity: 30,
      });
    }
  }

  private async exists(table: 'threads' | 'events', networkId: string, title: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM ${table} WHERE network_id = $1 AND title = $2 LIMIT 1`, [networkId, title]);
    return rows.length > 0;
  }
}
