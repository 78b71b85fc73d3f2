import { Module } from '@nestjs/common';
import { AccountsModule } from '@community-hub/api-accounts';
import { EventsModule } from '@community-hub/api-events';
import { ForumModule } from '@community-hub/api-forum';
import { NetworksModule } from '@community-hub/api-networks';
import { DemoDataService } from './demo-data.service';

@Module({
  imports: [AccountsModule, NetworksModule, ForumModule, EventsModule],
  providers: [DemoDataService],
  exports: [DemoDataService],
})
export class DemoDataModule {}
