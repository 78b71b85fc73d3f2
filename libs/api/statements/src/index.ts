export * from './entities/statement-version.entity';
export * from './entities/terms-acceptance.entity';
export * from './models/statement.model';
export * from './statements.errors';
export * from './statements.service';
export * from './statements.module';
