import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@community-hub/api-accounts';
import { NetworksModule } from '@community-hub/api-networks';
import { DocumentVersionEntity } from './entities/document-version.entity';
import { DocumentDownloadEntity } from './entities/document-download.entity';
import { DocumentEntity } from './entities/document.entity';
import { FolderEntity } from './entities/folder.entity';
import { PendingUploadEntity } from './entities/pending-upload.entity';
import { LibraryImportEntity } from './entities/library-import.entity';
import { LibraryImportItemEntity } from './entities/library-import-item.entity';
import { LibraryImportCsvController } from './import/library-import-csv.controller';
import { LibraryImportResolver, NetworkLibraryImportsResolver } from './import/library-import.resolver';
import { LibraryImportService } from './import/library-import.service';
import { DocumentsResolver, DocumentVersionsResolver, FoldersResolver, NetworkLibraryResolver } from './library.resolver';
import { LibraryNotices } from './library.notices';
import { LibraryService } from './library.service';
import { DocumentTextService } from './text/document-text.service';
import { LibraryPersonalData } from './library.personal-data';

export const LIBRARY_ENTITIES = [FolderEntity, DocumentEntity, DocumentVersionEntity, PendingUploadEntity, DocumentDownloadEntity, LibraryImportEntity, LibraryImportItemEntity];

@Module({
  imports: [TypeOrmModule.forFeature(LIBRARY_ENTITIES), AccountsModule, NetworksModule],
  controllers: [LibraryImportCsvController],
  providers: [LibraryImportService, LibraryImportResolver, NetworkLibraryImportsResolver, LibraryPersonalData, LibraryService, LibraryNotices, DocumentTextService, DocumentsResolver, DocumentVersionsResolver, FoldersResolver, NetworkLibraryResolver],
  exports: [LibraryService, DocumentTextService, LibraryImportService],
})
export class LibraryModule {}
