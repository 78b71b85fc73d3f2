import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import {
  badInput,
  byKeys,
  type Caller,
  conflict,
  groupByKeys,
  notFound,
  paginate,
  type Page,
  requestLoader,
  type RequestContext,
} from '@community-hub/api-common';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-networks';
import { StorageService } from '@community-hub/api-storage';
import { CompleteUploadInput, CreateFolderInput, DocumentDetailsFields, DocumentsArgs, RequestUploadInput, UpdateDocumentInput } from './dto/library.input';
import { DocumentEntity, DocumentKind } from './entities/document.entity';
import { DocumentTextStatus, DocumentVersionEntity } from './entities/document-version.entity';
import { FolderEntity } from './entities/folder.entity';
import { PendingUploadEntity } from './entities/pending-upload.entity';
import { ALLOWED_CONTENT_TYPES, cleanFilename, matchesDeclaredType, SIGNATURE_BYTES } from './file-signature';
import { DocumentTextService } from './text/document-text.service';
import { EventBus } from '@community-hub/api-pubsub';

/** Bus topic: a new document (not a new version) { documentId, spaceId, folderId, uploaderId }. */
export const DOCUMENT_ADDED = 'library.document-added';

const VERSIONS_BY_DOCUMENT = Symbol('versions-by-document');
const FOLDERS_BY_ID = Symbol('folders-by-id');
const EXCERPTS_BY_VERSION = Symbol('excerpts-by-version');
/** Characters of a version's text shown as its excerpt. */
export const TEXT_EXCERPT_CHARS = 280;
/** Only these are ever shown inline (never HTML, SVG or anything else a browser might run). */
export const PREVIEWABLE_CONTENT_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);
const CLEANUP_LOCK_KEY = 724_201_002;
/** How long a deleted document's files are kept before they are purged. */
export const DELETED_DOCUMENT_RETENTION_DAYS = 30;

type DocumentMetadata = DocumentDetailsFields;

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getUTCFullYear() >= 1900 && date.getUTCFullYear() <= 2200;
}

@Injectable()
export class LibraryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LibraryService.name);
  private cleanupTimer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(FolderEntity) private readonly folders: Repository<FolderEntity>,
    @InjectRepository(DocumentEntity) private readonly documents: Repository<DocumentEntity>,
    @InjectRepository(DocumentVersionEntity) private readonly versions: Repository<DocumentVersionEntity>,
    @InjectRepository(PendingUploadEntity) private readonly uploads: Repository<PendingUploadEntity>,
    private readonly access: SpaceAccessService,
    private readonly storage: StorageService,
    private readonly text: DocumentTextService,
    private readonly bus: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- folders --------------------------------------------------------------

  async listFolders(caller: Caller | null, spaceId: string): Promise<FolderEntity[]> {
    await this.access.require(caller, SpacePermission.READ, spaceId);
    return this.folders.find({ where: { spaceId }, order: { name: 'ASC' } });
  }

  async createFolder(caller: Caller, input: CreateFolderInput): Promise<FolderEntity> {
    const spaceId = await this.access.requireTarget(caller, SpacePermission.WRITE, input);
    const name = input.name.trim();
    if (!name) throw badInput('The folder needs a name', [{ field: 'name', message: 'must not be empty' }]);
    if (input.parentId) {
      const parent = await this.folders.findOne({ where: { id: input.parentId, spaceId } });
      if (!parent) throw badInput('The parent folder is not in this library', [{ field: 'parentId', message: 'not found here' }]);
    }
    const sibling = await this.folders
      .createQueryBuilder('f')
      .where('f.space_id = :spaceId AND lower(f.name) = lower(:name)', { spaceId, name })
      .andWhere(input.parentId ? 'f.parent_id = :parentId' : 'f.parent_id IS NULL', { parentId: input.parentId })
      .getExists();
    if (sibling) throw conflict(`There is already a folder called "${name}" here`);
    return this.folders.save(this.folders.create({ spaceId, parentId: input.parentId ?? null, name, createdById: caller.userId }));
  }

  foldersById(context: Pick<RequestContext, 'loaders'>): DataLoader<string, FolderEntity | null> {
    return requestLoader(context, FOLDERS_BY_ID, () =>
      new DataLoader(async (ids: readonly string[]) => byKeys(ids, await this.folders.find({ where: { id: In([...ids]) } }), (f) => f.id)),
    );
  }

  // ---- documents --------------------------------------------------------------

  async listDocuments(caller: Caller | null, spaceId: string, args: DocumentsArgs): Promise<Page<DocumentEntity>> {
    await this.access.require(caller, SpacePermission.READ, spaceId);
    const query = this.documents.createQueryBuilder('d').where('d.space_id = :spaceId AND d.deleted_at IS NULL', { spaceId });
    query.andWhere(args.folderId ? 'd.folder_id = :folderId' : 'd.folder_id IS NULL', { folderId: args.folderId });
    if (args.kind) query.andWhere('d.kind = :kind', { kind: args.kind });
    if (args.tag) query.andWhere(':tag = ANY(d.tags)', { tag: args.tag.trim().toLowerCase() });
    return paginate(query, args, { columns: ['d.created_at', 'd.id'], direction: 'DESC', cursorOf: (d) => [d.createdAt.toISOString(), d.id] });
  }

  async findDocument(caller: Caller | null, id: string): Promise<DocumentEntity | null> {
    const document = await this.documents.findOne({ where: { id, deletedAt: IsNull() } });
    if (!document || !(await this.access.can(caller, SpacePermission.READ, document.spaceId))) return null;
    return document;
  }

  /** The uploader or a coordinator changes a document's details or moves it. */
  async updateDocument(caller: Caller, input: UpdateDocumentInput): Promise<DocumentEntity> {
    const document = await this.requireEditable(caller, input.documentId);
    if (input.title !== undefined) {
      const title = input.title.trim();
      if (!title) throw badInput('The title must not be empty', [{ field: 'title', message: 'must not be empty' }]);
      document.title = title;
    }
    if (input.description !== undefined) document.description = input.description.trim();
    if (input.kind) document.kind = input.kind;
    if (input.folderId !== undefined) {
      if (input.folderId && !(await this.folders.exists({ where: { id: input.folderId, spaceId: document.spaceId } }))) {
        throw badInput('The folder is not in this library', [{ field: 'folderId', message: 'not found here' }]);
      }
      document.folderId = input.folderId;
    }
    Object.assign(document, await this.cleanMetadata(input, document.spaceId));
    return this.documents.save(document);
  }

  /** Soft delete: gone from the library at once; its files are purged after the retention period. */
  async deleteDocument(caller: Caller, documentId: string): Promise<string> {
    const document = await this.requireEditable(caller, documentId);
    await this.documents.update({ id: document.id, deletedAt: IsNull() }, { deletedAt: new Date(), deletedById: caller.userId });
    return document.id;
  }

  /** Removes the files and rows of documents deleted more than the retention period ago. */
  async purgeDeletedDocuments(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - DELETED_DOCUMENT_RETENTION_DAYS * 86_400_000);
    const expired = await this.documents
      .createQueryBuilder('d')
      .where('d.deleted_at IS NOT NULL AND d.deleted_at < :cutoff', { cutoff })
      .take(200)
      .getMany();
    for (const document of expired) {
      const versions = await this.versions.find({ where: { documentId: document.id } });
      for (const version of versions) await this.storage.remove(version.objectKey);
      await this.documents.delete({ id: document.id });
    }
    return expired.length;
  }

  private async requireEditable(caller: Caller, documentId: string): Promise<DocumentEntity> {
    const document = await this.documents.findOne({ where: { id: documentId, deletedAt: IsNull() } });
    if (!document) throw notFound('Document');
    await this.access.require(caller, SpacePermission.READ, document.spaceId, { resource: 'Document' });
    await this.access.require(caller, SpacePermission.WRITE, document.spaceId);
    if (document.createdById !== caller.userId) await this.access.require(caller, SpacePermission.MODERATE, document.spaceId);
    return document;
  }

  private async cleanMetadata(input: DocumentMetadata, spaceId: string): Promise<Partial<DocumentEntity>> {
    const out: Partial<DocumentEntity> = {};
    if (input.tags !== undefined) {
      out.tags = [...new Set((input.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
    }
    for (const field of ['reviewDate', 'meetingDate'] as const) {
      const value = input[field];
      if (value === undefined) continue;
      if (value !== null && !isCalendarDate(value)) throw badInput(`${field} is not a real date`, [{ field, message: 'invalid date' }]);
      out[field] = value;
    }
    if (input.ownerId !== undefined) {
      if (input.ownerId && !(await this.access.can({ userId: input.ownerId }, SpacePermission.WRITE, spaceId))) {
        throw badInput('The owner must be an active member here', [{ field: 'ownerId', message: 'not a member' }]);
      }
      out.ownerId = input.ownerId;
    }
    return out;
  }

  /** Every version per document, newest first, batched across a page of documents. */
  versionsOf(context: Pick<RequestContext, 'loaders'>): DataLoader<string, DocumentVersionEntity[]> {
    return requestLoader(context, VERSIONS_BY_DOCUMENT, () =>
      new DataLoader(async (documentIds: readonly string[]) =>
        groupByKeys(documentIds, await this.versions.find({ where: { documentId: In([...documentIds]) }, order: { number: 'DESC' } }), (v) => v.documentId),
      ),
    );
  }

  /** A short-lived link that returns exactly the stored bytes. */
  async downloadUrl(version: { objectKey: string; filename: string; contentType: string }, origin: string): Promise<string> {
    return this.storage.downloadUrl({ key: version.objectKey, filename: version.filename, contentType: version.contentType }, origin);
  }

  /** A short-lived link showing the file inline (PDF, PNG, JPEG only: their type was checked on upload); null for others. */
  async previewUrl(version: { objectKey: string; filename: string; contentType: string }, origin: string): Promise<string | null> {
    if (!PREVIEWABLE_CONTENT_TYPES.has(version.contentType)) return null;
    return this.storage.previewUrl({ key: version.objectKey, filename: version.filename, contentType: version.contentType }, origin);
  }

  /** The start of each version's extracted text (null until there is some), batched. */
  textExcerpts(context: Pick<RequestContext, 'loaders'>): DataLoader<string, string | null> {
    return requestLoader(context, EXCERPTS_BY_VERSION, () =>
      new DataLoader(async (versionIds: readonly string[]) => {
        const rows: { id: string; excerpt: string | null }[] = await this.db.query(
          `SELECT id, left(text, ${TEXT_EXCERPT_CHARS}) AS excerpt FROM document_versions WHERE id = ANY($1::uuid[]) AND text_status = 'DONE'`,
          [[...versionIds]],
        );
        const byId = new Map(rows.map((row) => [row.id, row.excerpt || null]));
        return versionIds.map((id) => byId.get(id) ?? null);
      }),
    );
  }

  // ---- uploads -----------------------------------------------------------------

  async requestUpload(caller: Caller, input: RequestUploadInput, origin: string) {
    const spaceId = await this.access.requireTarget(caller, SpacePermission.WRITE, input);
    const filename = cleanFilename(input.filename);
    if (!filename) throw badInput('The file needs a name', [{ field: 'filename', message: 'invalid filename' }]);
    const contentType = input.contentType.trim().toLowerCase();
    if (!ALLOWED_CONTENT_TYPES[contentType]) {
      throw badInput(`That type of file cannot be added. Allowed: ${Object.values(ALLOWED_CONTENT_TYPES).join(', ')}.`, [
        { field: 'contentType', message: 'not allowed' },
      ]);
    }
    const limit = this.config.library.maxUploadBytes;
    if (!Number.isInteger(input.size) || input.size < 1 || input.size > limit) {
      throw badInput(`Files can be at most ${Math.floor(limit / (1024 * 1024))} MB`, [{ field: 'size', message: `between 1 and ${limit} bytes` }]);
    }
    const id = randomUUID();
    const ttl = this.config.storage.transferTokenTtlSeconds;
    const upload = await this.uploads.save(
      this.uploads.create({
        id,
        spaceId,
        objectKey: `spaces/${spaceId}/objects/${id}`,
        filename,
        contentType,
        size: input.size,
        createdById: caller.userId,
        expiresAt: new Date(Date.now() + ttl * 1000),
      }),
    );
    const ticket = await this.storage.uploadTicket({ key: upload.objectKey, size: upload.size, contentType }, origin);
    return { uploadId: upload.id, ...ticket };
  }

  /**
   * Checks what arrived (it exists, its size, its first bytes match the declared
   * type), hashes it by streaming, then creates the document or its next version
   * in one transaction. A refused file is removed at once.
   */
  async completeUpload(caller: Caller, input: CompleteUploadInput): Promise<DocumentEntity> {
    const upload = await this.uploads.findOne({ where: { id: input.uploadId } });
    if (!upload || upload.createdById !== caller.userId) throw notFound('Upload');
    if (upload.completedAt) throw conflict('This upload has already been completed');
    await this.access.require(caller, SpacePermission.WRITE, upload.spaceId);
    if (upload.expiresAt.getTime() < Date.now()) throw badInput('This upload has expired; please upload the file again');

    let target: DocumentEntity | null = null;
    const metadata = await this.cleanMetadata(input, upload.spaceId);
    if (input.documentId) {
      target = await this.documents.findOne({ where: { id: input.documentId, spaceId: upload.spaceId, deletedAt: IsNull() } });
      if (!target) throw notFound('Document');
    } else if (!input.title?.trim()) {
      throw badInput('Please give the document a title', [{ field: 'title', message: 'required' }]);
    }
    if (input.folderId && !(await this.folders.exists({ where: { id: input.folderId, spaceId: upload.spaceId } }))) {
      throw badInput('The folder is not in this library', [{ field: 'folderId', message: 'not found here' }]);
    }

    const stat = await this.storage.stat(upload.objectKey);
    if (!stat) throw badInput('The file has not arrived yet: send it to the upload URL first');
    if (stat.size !== upload.size) {
      await this.discard(upload);
      throw badInput(`The file is ${stat.size} bytes, but ${upload.size} were declared`);
    }
    const head = await this.readHead(upload.objectKey, Math.min(SIGNATURE_BYTES, upload.size));
    if (!matchesDeclaredType(upload.contentType, head)) {
      await this.discard(upload);
      throw badInput(`The file's contents are not a ${ALLOWED_CONTENT_TYPES[upload.contentType]}; it has been removed`, [
        { field: 'contentType', message: 'contents do not match' },
      ]);
    }
    const sha256 = await this.hash(upload.objectKey);

    const { document: completed, versionId, textStatus } = await this.db.transaction(async (tx) => {
      const [claimed] = await tx.query(
        'UPDATE pending_uploads SET completed_at = now() WHERE id = $1 AND completed_at IS NULL RETURNING id',
        [upload.id],
      );
      if (!claimed?.length) throw conflict('This upload has already been completed');
      let document = target;
      if (document) {
        await tx.query('SELECT id FROM documents WHERE id = $1 FOR UPDATE', [document.id]);
        if (input.folderId !== undefined && input.folderId !== null) document.folderId = input.folderId;
        document.updatedAt = new Date();
        document = await tx.save(document);
      } else {
        const [{ network_id: networkId }] = await tx.query('SELECT network_id FROM spaces WHERE id = $1', [upload.spaceId]);
        document = await tx.save(
          tx.create(DocumentEntity, {
            spaceId: upload.spaceId,
            networkId,
            folderId: input.folderId ?? null,
            title: input.title!.trim(),
            description: input.description?.trim() ?? '',
            kind: input.kind ?? DocumentKind.OTHER,
            createdById: caller.userId,
            ...metadata,
          }),
        );
      }
      const [{ next }] = await tx.query('SELECT coalesce(max(number), 0) + 1 AS next FROM document_versions WHERE document_id = $1', [document.id]);
      const textStatus = this.text.initialStatus(upload.contentType, upload.size);
      const inserted = await tx.insert(DocumentVersionEntity, {
        documentId: document.id,
        number: next,
        objectKey: upload.objectKey,
        filename: upload.filename,
        contentType: upload.contentType,
        size: upload.size,
        sha256,
        uploadedById: caller.userId,
        textStatus,
      });
      return { document, versionId: inserted.identifiers[0].id as string, textStatus };
    });
    // After the commit, so the job always finds the version; a failure to queue never fails the upload.
    if (textStatus === DocumentTextStatus.PENDING) await this.text.enqueue(versionId);
    if (!target) {
      await this.bus.publish(DOCUMENT_ADDED, { documentId: completed.id, spaceId: completed.spaceId, folderId: completed.folderId, uploaderId: caller.userId });
    }
    return completed;
  }

  /** Removes uploads never completed (rows and objects) once their tickets have expired. */
  async removeExpiredUploads(now = new Date()): Promise<number> {
    const expired = await this.uploads.find({ where: { completedAt: IsNull() }, order: { expiresAt: 'ASC' }, take: 500 });
    let removed = 0;
    for (const upload of expired) {
      if (upload.expiresAt > now) break;
      await this.discard(upload);
      removed++;
    }
    return removed;
  }

  onApplicationBootstrap(): void {
    const every = this.config.library.cleanupIntervalSeconds * 1000;
    if (every <= 0) return;
    this.cleanupTimer = setInterval(() => void this.cleanupOnce(), every);
    this.cleanupTimer.unref();
  }

  onApplicationShutdown(): void {
    if (this.cleanupTimer) clearInterval(this.cleanupTimer);
  }

  /** One instance at a time (advisory lock), so several API processes never race on the same rows. */
  private async cleanupOnce(): Promise<void> {
    const runner = this.db.createQueryRunner();
    try {
      await runner.connect();
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [CLEANUP_LOCK_KEY]);
      if (!locked) return;
      try {
        const removed = await this.removeExpiredUploads();
        if (removed) this.logger.log(`Removed ${removed} expired uploads`);
        const purged = await this.purgeDeletedDocuments();
        if (purged) this.logger.log(`Purged ${purged} documents deleted over ${DELETED_DOCUMENT_RETENTION_DAYS} days ago`);
        const requeued = await this.text.requeueStalled();
        if (requeued) this.logger.log(`Queued text extraction again for ${requeued} versions`);
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [CLEANUP_LOCK_KEY]);
      }
    } catch (error) {
      this.logger.warn(`Upload cleanup failed: ${(error as Error).message}`);
    } finally {
      await runner.release();
    }
  }

  /** Object first, then row: if storage is away the row stays, so a later run removes the object (no orphan). */
  private async discard(upload: PendingUploadEntity): Promise<void> {
    await this.storage.remove(upload.objectKey);
    await this.uploads.delete({ id: upload.id, completedAt: IsNull() });
  }

  private async readHead(key: string, length: number): Promise<Buffer> {
    const stream = await this.storage.read(key, { offset: 0, length });
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).subarray(0, length);
  }

  private async hash(key: string): Promise<string> {
    const hash = createHash('sha256');
    for await (const chunk of await this.storage.read(key)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  }
}
