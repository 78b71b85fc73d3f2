import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@community-hub/api-common';
import { LIBRARY_IMPORT_REASON_TEXT, LibraryImportReason } from '@community-hub/shared-validation';
import { LibraryImportStatus, type LibraryImportEntity } from '../entities/library-import.entity';
import type { LibraryImportItemEntity } from '../entities/library-import-item.entity';

registerEnumType(LibraryImportStatus, { name: 'LibraryImportStatus' });
registerEnumType(LibraryImportReason, { name: 'LibraryImportReason', description: 'Why an import left an entry out, or stopped.' });

/** Where the skipped list of an import is served as CSV (same credentials as the API). */
export const skippedListPath = (importId: string) => `/library-imports/${importId}/skipped.csv`;

@ObjectType({ description: 'A zip of folders and files being (or having been) imported into a library.' })
export class LibraryImport {
  @Field(() => ID)
  id: string;

  @Field({ description: "The zip's name." })
  filename: string;

  @Field(() => LibraryImportStatus)
  status: LibraryImportStatus;

  @Field(() => Int, { description: 'Entries of the zip (files and folders); 0 until the job has read its directory.' })
  entriesTotal: number;

  @Field(() => Int, { description: 'Entries handled so far (imported, skipped or a folder).' })
  entriesDone: number;

  @Field(() => Int, { description: 'Documents added.' })
  imported: number;

  @Field(() => Int, { description: 'Entries left out (see skippedEntries and skippedListUrl).' })
  skipped: number;

  @Field(() => LibraryImportReason, { nullable: true, description: 'Why it FAILED, when the zip itself was refused.' })
  failureReason: LibraryImportReason | null;

  @Field(() => String, { nullable: true })
  failureMessage: string | null;

  @Field({ description: 'The skipped list as CSV: a path on the API, sent with the same credentials (cookie or bearer token).' })
  skippedListUrl: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  folderId: string | null;
  startedById: string;

  static from(entity: LibraryImportEntity): LibraryImport {
    return Object.assign(new LibraryImport(), {
      id: entity.id,
      filename: entity.filename,
      status: entity.status,
      entriesTotal: entity.entriesTotal,
      entriesDone: entity.entriesDone,
      imported: entity.imported,
      skipped: entity.skipped,
      failureReason: (entity.failureReason as LibraryImportReason | null) ?? null,
      failureMessage: entity.failureMessage,
      skippedListUrl: skippedListPath(entity.id),
      createdAt: entity.createdAt,
      finishedAt: entity.finishedAt,
      folderId: entity.folderId,
      startedById: entity.startedById,
    });
  }
}

@ObjectType()
export class LibraryImportConnection extends Connection(LibraryImport) {}

@ObjectType({ description: 'An entry of an imported zip that was left out, and why.' })
export class SkippedImportEntry {
  @Field(() => Int, { description: 'Its position in the zip.' })
  entryIndex: number;

  @Field({ description: 'Its path in the zip.' })
  path: string;

  @Field(() => LibraryImportReason)
  reason: LibraryImportReason;

  @Field({ description: 'The reason in plain words.' })
  reasonText: string;

  static from(entity: LibraryImportItemEntity): SkippedImportEntry {
    const reason = entity.reason as LibraryImportReason;
    return Object.assign(new SkippedImportEntry(), { entryIndex: entity.entryIndex, path: entity.path, reason, reasonText: LIBRARY_IMPORT_REASON_TEXT[reason] ?? reason });
  }
}

@ObjectType()
export class SkippedImportEntryConnection extends Connection(SkippedImportEntry) {}
