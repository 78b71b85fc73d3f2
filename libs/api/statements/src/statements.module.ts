import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@community-hub/api-accounts';
import { StatementVersionEntity } from './entities/statement-version.entity';
import { TermsAcceptanceEntity } from './entities/terms-acceptance.entity';
import { StatementsResolver, UserTermsResolver } from './statements.resolver';
import { StatementsService } from './statements.service';

export const STATEMENTS_ENTITIES = [StatementVersionEntity, TermsAcceptanceEntity];

@Module({
  imports: [TypeOrmModule.forFeature(STATEMENTS_ENTITIES), AccountsModule],
  providers: [StatementsService, StatementsResolver, UserTermsResolver],
  exports: [StatementsService],
})
export class StatementsModule {}
