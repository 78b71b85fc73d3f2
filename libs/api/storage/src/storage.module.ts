import { DynamicModule, Global, Module } from '@nestjs/common';
import { StorageController } from './storage.controller';
import { STORAGE_CONNECTION, StorageService, type StorageConnection } from './storage.service';

@Global()
@Module({})
export class StorageModule {
  static forRoot(connection: StorageConnection): DynamicModule {
    return {
      module: StorageModule,
      controllers: [StorageController],
      providers: [{ provide: STORAGE_CONNECTION, useValue: connection }, StorageService],
      exports: [StorageService],
    };
  }
}
