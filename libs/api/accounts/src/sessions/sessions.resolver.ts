import { Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg, type Caller, type RequestContext } from '@community-hub/api-common';
import { CurrentCaller, CurrentContext } from '@community-hub/api-auth';
import { originOf } from '../accounts.resolver';
import { Session } from './models/session.model';
import { SessionService } from './session.service';

@Resolver(() => Session)
export class SessionsResolver {
  constructor(private readonly sessions: SessionService) {}

  @Query(() => [Session], { description: 'The devices the caller is signed in on, most recently used first.' })
  async mySessions(@CurrentCaller() caller: Caller): Promise<Session[]> {
    return (await this.sessions.listOwn(caller)).map((session) => Session.from(session, caller.sessionId));
  }

  @Mutation(() => Boolean, { description: "Signs one of the caller's own devices out, at once everywhere (another person's session: NOT_FOUND)." })
  async revokeSession(@IdArg('id') id: string, @CurrentContext() ctx: RequestContext): Promise<boolean> {
    return this.sessions.revokeOwn(ctx.caller!, id, originOf(ctx));
  }

  @Mutation(() => Int, { description: 'Signs the caller out everywhere but this device; answers how many sessions ended.' })
  async revokeOtherSessions(@CurrentContext() ctx: RequestContext): Promise<number> {
    return this.sessions.revokeOthers(ctx.caller!, originOf(ctx));
  }
}
