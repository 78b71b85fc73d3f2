import { Args, Query, Resolver } from '@nestjs/graphql';
import { type Caller, mapPage, type Page, PageArgs } from '@community-hub/api-common';
import { CurrentCaller } from '@community-hub/api-auth';
import { SecurityLogEntry, SecurityLogEntryConnection, SecurityLogSearchArgs } from './models/security-log-entry.model';
import { SecurityLogService } from './security-log.service';

@Resolver(() => SecurityLogEntry)
export class SecurityLogResolver {
  constructor(private readonly log: SecurityLogService) {}

  @Query(() => SecurityLogEntryConnection, { description: "The caller's own recent security activity, newest first." })
  async mySecurityLog(@Args() args: PageArgs, @CurrentCaller() caller: Caller): Promise<Page<SecurityLogEntry>> {
    return mapPage(await this.log.listOwn(caller, args), SecurityLogEntry.from);
  }

  @Query(() => SecurityLogEntryConnection, { description: 'Platform admins: everyone’s security log, searched by person, kind and dates; newest first.' })
  async securityLog(@Args() args: SecurityLogSearchArgs, @CurrentCaller() caller: Caller): Promise<Page<SecurityLogEntry>> {
    const { first, after, ...search } = args;
    return mapPage(await this.log.search(caller, search, { first, after }), SecurityLogEntry.from);
  }
}
