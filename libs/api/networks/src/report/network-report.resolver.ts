import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Caller } from '@community-hub/api-common';
import { CurrentCaller } from '@community-hub/api-auth';
import { Network } from '../models/network.model';
import { NetworkReport, NetworkReportArgs } from './network-report.model';
import { NetworkReportService } from './network-report.service';

@Resolver(() => Network)
export class NetworkReportResolver {
  constructor(private readonly reports: NetworkReportService) {}

  @ResolveField(() => NetworkReport, { description: 'Coordinators and admins: activity month by month, with a CSV of the same.' })
  async report(@Parent() network: Network, @Args() args: NetworkReportArgs, @CurrentCaller() caller: Caller | null): Promise<NetworkReport> {
    return this.reports.report(caller, network.id, args.months ?? 12);
  }
}
