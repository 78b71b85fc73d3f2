import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { unauthenticated } from '@community-hub/api-common';
import { ALLOW_ANONYMOUS, requestContextOf } from './caller.decorator';

/**
 * Installed for every resolver and controller: an operation needs a signed-in
 * caller unless it is marked @AllowAnonymous(). Finer rules (member, coordinator,
 * admin, partner) are decided in the services through the access helper.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const anonymousAllowed = this.reflector.getAllAndOverride<boolean>(ALLOW_ANONYMOUS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (anonymousAllowed) return true;
    // Field resolvers of a type inherit the decision made for the operation that reached them.
    if (context.getType<string>() === 'graphql') {
      const info = context.getArgByIndex(3) as { parentType?: { name: string } } | undefined;
      const parent = info?.parentType?.name;
      if (parent && parent !== 'Query' && parent !== 'Mutation' && parent !== 'Subscription') return true;
    }
    if (requestContextOf(context)?.caller) return true;
    throw unauthenticated();
  }
}
