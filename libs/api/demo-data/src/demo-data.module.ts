import { Module } from '@nestjs/common';
import { AccountsModule } from '@community-hub/api-accounts';
import { NetworksModule } from '@community-hub/api-networks';
import { DemoDataService } from './demo-data.service';

@Module({
  imports: [AccountsModule, NetworksModule],
  providers: [DemoDataService],
  exports: [DemoDataService],
})
export class DemoDataModule {}
