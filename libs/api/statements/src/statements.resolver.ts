import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowAnonymous, CurrentCaller } from '@community-hub/api-auth';
import { User } from '@community-hub/api-accounts';
import type { Caller } from '@community-hub/api-common';
import { UpdateStatementInput } from './dto/update-statement.input';
import { StatementKind } from './entities/statement-version.entity';
import { Statement } from './models/statement.model';
import { StatementsService } from './statements.service';

@Resolver(() => Statement)
export class StatementsResolver {
  constructor(private readonly statements: StatementsService) {}

  @AllowAnonymous()
  @Query(() => Statement, { description: 'The current text of /accessibility, /privacy or /terms (public).' })
  async statement(@Args('kind', { type: () => StatementKind }) kind: StatementKind): Promise<Statement> {
    return this.statements.current(kind);
  }

  @Mutation(() => Statement, { description: 'Publishes a new version of a statement (platform admins). For the terms, people are asked to accept it at their next sign-in in the web client.' })
  async updateStatement(@Args('input') input: UpdateStatementInput, @CurrentCaller() caller: Caller): Promise<Statement> {
    return this.statements.publish(caller, input.kind, input.body);
  }

  @Mutation(() => User, { description: 'Records that the caller accepted this version of the terms (it must be the current one). The API never refuses other operations for want of it.' })
  async acceptTerms(@Args('version', { type: () => Int }) version: number, @CurrentCaller() caller: Caller): Promise<User> {
    await this.statements.acceptTerms(caller, version);
    return this.statements.self(caller);
  }
}

/** `User.termsAcceptedVersion`: only for the person themselves. */
@Resolver(() => User)
export class UserTermsResolver {
  constructor(private readonly statements: StatementsService) {}

  @ResolveField(() => Int, { nullable: true, description: 'The version of the terms this person last accepted (null: never, or not the caller).' })
  async termsAcceptedVersion(@Parent() user: User, @CurrentCaller() caller: Caller | null): Promise<number | null> {
    if (!caller || caller.userId !== user.id) return null;
    return this.statements.acceptedTermsVersion(user.id);
  }
}
