import { Module } from '@nestjs/common';
import { NetworksModule } from '@community-hub/api-networks';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  imports: [NetworksModule],
  providers: [SearchService, SearchResolver],
  exports: [SearchService],
})
export class SearchModule {}
