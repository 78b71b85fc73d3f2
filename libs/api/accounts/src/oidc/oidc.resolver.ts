import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AllowAnonymous } from '@community-hub/api-auth';
import { OidcService } from './oidc.service';

@ObjectType({ description: "The organisation's identity provider (OpenID Connect), when one is configured." })
export class IdentityProvider {
  @Field({ description: 'What the sign-in button says (OIDC_BUTTON_LABEL).' })
  buttonLabel: string;

  @Field({ description: 'Where the browser goes to sign in through the provider (add ?next=/path to come back there).' })
  startPath: string;
}

@Resolver()
export class OidcResolver {
  constructor(private readonly oidc: OidcService) {}

  @AllowAnonymous()
  @Query(() => IdentityProvider, { nullable: true, description: 'Sign-in through the identity provider; null when not configured.' })
  identityProvider(): IdentityProvider | null {
    const label = this.oidc.buttonLabel;
    return label ? { buttonLabel: label, startPath: '/auth/oidc/start' } : null;
  }
}
