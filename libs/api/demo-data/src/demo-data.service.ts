import { Injectable, Logger } from '@nestjs/common';
import { AccountsService } from '@community-hub/api-accounts';
import { MembershipRole, NetworksService, NetworkVisibility, OrganisationKind, OrganisationsService } from '@community-hub/api-networks';
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
  ) {}

  async load(): Promise<void> {
    const coordinator = await this.accounts.ensureUser(DEMO_COORDINATOR);
    for (const demo of DEMO_NETWORKS) {
      const network = await this.networks.ensureNetwork({
        slug: demo.slug,
        name: demo.name,
        description: demo.description,
        area: demo.area,
        visibility: NetworkVisibility.PUBLIC,
      });
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
    this.logger.log(`Demo data ready: ${DEMO_NETWORKS.length} networks`);
  }
}
