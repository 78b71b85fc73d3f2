import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@community-hub/api-access';
import { MailModule } from '@community-hub/api-mail';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { DataExportEntity } from './entities/data-export.entity';
import { AccountTokenEntity } from './entities/account-token.entity';
import { UserEntity } from './entities/user.entity';
import { PlatformStatusResolver } from './platform-status.resolver';
import { AccountRecoveryResolver } from './recovery/account-recovery.resolver';
import { AccountRecoveryService } from './recovery/account-recovery.service';
import { SecurityLogController } from './security-log/security-log.controller';
import { SecurityLogEntity } from './security-log/security-log.entity';
import { SecurityLogResolver } from './security-log/security-log.resolver';
import { SecurityLogService } from './security-log/security-log.service';
import { SecurityPurgeJob } from './security-log/security-purge.job';
import { SessionEntity } from './sessions/session.entity';
import { SessionService } from './sessions/session.service';
import { SessionsResolver } from './sessions/sessions.resolver';
import { AccountDeletionService } from './personal-data/account-deletion.service';
import { DataExportService } from './personal-data/data-export.service';
import { PersonalDataRegistry } from './personal-data/personal-data.registry';
import { PersonalDataResolver } from './personal-data/personal-data.resolver';
import { OidcLinkEntity } from './oidc/oidc-link.entity';
import { OidcController } from './oidc/oidc.controller';
import { OidcResolver } from './oidc/oidc.resolver';
import { OidcService } from './oidc/oidc.service';
import { RecoveryCodeEntity } from './two-factor/recovery-code.entity';
import { TwoFactorSecretEntity } from './two-factor/two-factor-secret.entity';
import { TwoFactorResolver } from './two-factor/two-factor.resolver';
import { PlatformAdminAccess } from './two-factor/platform-admin-access';
import { TwoFactorService } from './two-factor/two-factor.service';

export const ACCOUNTS_ENTITIES = [UserEntity, AccountTokenEntity, SessionEntity, SecurityLogEntity, DataExportEntity, TwoFactorSecretEntity, RecoveryCodeEntity, OidcLinkEntity];

@Module({
  imports: [TypeOrmModule.forFeature(ACCOUNTS_ENTITIES), AccessModule, MailModule],
  controllers: [SecurityLogController, OidcController],
  providers: [
    AccountsService,
    AccountsResolver,
    AccountRecoveryService,
    AccountRecoveryResolver,
    PlatformStatusResolver,
    SessionService,
    SessionsResolver,
    SecurityLogService,
    SecurityLogResolver,
    PlatformAdminAccess,
    SecurityPurgeJob,
    PersonalDataRegistry,
    DataExportService,
    AccountDeletionService,
    PersonalDataResolver,
    TwoFactorService,
    TwoFactorResolver,
    OidcService,
    OidcResolver,
  ],
  exports: [PlatformAdminAccess, AccountsService, AccountRecoveryService, SessionService, SecurityLogService, PersonalDataRegistry, DataExportService, AccountDeletionService, TwoFactorService, OidcService],
})
export class AccountsModule {}
