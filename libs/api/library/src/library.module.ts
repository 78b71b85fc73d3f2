import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@community-hub/api-accounts';
import { NetworksModule } from '@community-hub/api-networks';
import { DocumentVersionEntity } from './entities/document-version.entity';
import { DocumentEntity } from './entities/document.entity';
import { FolderEntity } from './entities/folder.entity';
import { PendingUploadEntity } from './entities/pending-upload.entity';
import { DocumentsResolver, DocumentVersionsResolver, FoldersResolver, NetworkLibraryResolver } from './library.resolver';
import { LibraryService } from './library.service';
import { DocumentTextService } from './text/document-text.service';

export const LIBRARY_ENTITIES = [FolderEntity, DocumentEntity, DocumentVersionEntity, PendingUploadEntity];

@Module({
  imports: [TypeOrmModule.forFeature(LIBRARY_ENTITIES), AccountsModule, NetworksModule],
  providers: [LibraryService, DocumentTextService, DocumentsResolver, DocumentVersionsResolver, FoldersResolver, NetworkLibraryResolver],
  exports: [LibraryService, DocumentTextService],
})
export class LibraryModule {}
