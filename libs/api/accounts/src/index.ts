export * from './entities/user.entity';
export * from './models/user.model';
export * from './accounts.service';
export * from './accounts.module';
