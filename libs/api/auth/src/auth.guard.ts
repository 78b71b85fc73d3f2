import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { unauthenticated } from '@community-hub/api-common';
import { ALLOW_ANONYMOUS, requestContextOf } from './caller.decorator';

/**
 * Installed for every resolver and controller: an operation needs a signed-in
 * caller unless it is marked @AllowAnonymous(). Finer rules (member, coordinator,
 * admin, partner) are decided in the services through the access helper.
 * Guards run for operations (Query, Mutation and Subscription fields) and
 * controllers only: field resolvers of object types are not guarded (Nest's
 * `fieldResolverEnhancers` is not set), and decide through the services.
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
    if (requestContextOf(context)?.caller) return true;
    throw unauthenticated();
  }
}
