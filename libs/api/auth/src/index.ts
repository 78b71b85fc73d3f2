export * from './token.service';
export * from './auth.guard';
export * from './caller.decorator';
export * from './rate-limit.service';
export * from './auth-attempt-store';
export * from './client-address';
export * from './session-cookie';
export * from './auth.module';
