import { Module } from '@nestjs/common';
import { SpaceAccessService } from './space-access.service';

/**
 * The access vocabulary. Domains that own a kind of space register its policy
 * with `SpaceAccessService.register` when their module starts.
 */
@Module({
  providers: [SpaceAccessService],
  exports: [SpaceAccessService],
})
export class AccessModule {}
