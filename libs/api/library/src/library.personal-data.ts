import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PersonalDataRegistry, type PersonalDataWriter } from '@community-hub/api-accounts';
import { StorageService } from '@community-hub/api-storage';

interface UploadedVersion {
  versionId: string;
  documentId: string;
  title: string;
  number: number;
  filename: string;
  contentType: string;
  size: number;
  objectKey: string;
  network: string | null;
  uploadedAt: Date;
  documentRemovedAt: Date | null;
}

/**
 * The library's share of a person's data rights: every file they uploaded, with its
 * bytes (streamed from storage into the export). At deletion the documents stay,
 * shown as uploaded by "Former member".
 */
@Injectable()
export class LibraryPersonalData implements OnModuleInit {
  private readonly logger = new Logger(LibraryPersonalData.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: StorageService,
    private readonly registry: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register({ domain: 'library', export: (userId, out) => this.export(userId, out) });
  }

  async export(userId: string, out: PersonalDataWriter): Promise<void> {
    const versions: UploadedVersion[] = await this.db.query(
      `SELECT v.id AS "versionId", d.id AS "documentId", d.title, v.number, v.filename, v.content_type AS "contentType", v.size::int AS size,
              v.object_key AS "objectKey", n.slug AS network, v.created_at AS "uploadedAt", d.deleted_at AS "documentRemovedAt"
         FROM document_versions v JOIN documents d ON d.id = v.document_id LEFT JOIN networks n ON n.id = d.network_id
        WHERE v.uploaded_by_id = $1 ORDER BY v.created_at`,
      [userId],
    );
    const listed = [];
    for (const version of versions) {
      const file = `files/${version.versionId.slice(0, 8)}-${safeName(version.filename)}`;
      const body = await this.storage.read(version.objectKey).catch((error: Error) => {
        // A file already removed from storage is listed without its bytes (a failure later in the stream fails the job, which is retried).
        this.logger.warn(`Export: file of version ${version.versionId} unreadable: ${error.message}`);
        return null;
      });
      const inZip = body ? await out.file(file, body) : null;
      const { objectKey: _key, ...rest } = version;
      listed.push({ ...rest, file: inZip });
    }
    await out.json('documents-uploaded.json', listed);
  }
}

/** A file name that is safe inside a zip on every system. */
function safeName(filename: string): string {
  return filename.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 150) || 'file';
}
