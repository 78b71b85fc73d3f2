import { Args, Context, Query, ResolveField, Parent, Resolver } from '@nestjs/graphql';
import { type Caller, type RequestContext } from '@community-hub/api-common';
import { AllowAnonymous, CurrentCaller } from '@community-hub/api-auth';
import { Network, NetworksService } from '@community-hub/api-networks';
import { SearchArgs, SearchFilterArgs, SearchHit, SearchKindCount } from './search.model';
import { SearchService } from './search.service';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(
    private readonly searchService: SearchService,
    private readonly networks: NetworksService,
  ) {}

  @AllowAnonymous()
  @Query(() => [SearchHit], { description: 'Threads, posts, documents, events and organisations the caller may read, best match first.' })
  async search(@CurrentCaller() caller: Caller | null, @Args() args: SearchArgs): Promise<SearchHit[]> {
    return this.searchService.search(caller, args);
  }

  @AllowAnonymous()
  @Query(() => [SearchKindCount], { description: 'How many hits `search` has of each kind, for the same arguments.' })
  async searchCounts(@CurrentCaller() caller: Caller | null, @Args() args: SearchFilterArgs): Promise<SearchKindCount[]> {
    return this.searchService.counts(caller, args);
  }

  @ResolveField(() => Network)
  async network(@Parent() hit: SearchHit, @Context() ctx: RequestContext): Promise<Network> {
    return Network.from((await this.networks.networksById(ctx).load(hit.networkId))!);
  }
}
