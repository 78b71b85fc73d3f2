import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
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
  isUniqueViolation,
  notFound,
  paginate,
  type Page,
  requestLoader,
  type RequestContext,
} from '@community-hub/api-common';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { Permission, SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { STAGING_PREFIX, stagingKey, StorageService, type UploadRefusal } from '@community-hub/api-storage';
import { CompleteUploadInput, CreateFolderInput, DocumentDetailsFields, DocumentsArgs, RenameFolderInput, RequestUploadInput, UpdateDocumentInput } from './dto/library.input';
import { DocumentEntity, DocumentKind } from './entities/document.entity';
import { DocumentTextStatus, DocumentVersionEntity } from './entities/document-version.entity';
import { FolderEntity } from './entities/folder.entity';
import { PendingUploadEntity } from './entities/pending-upload.entity';
import { ALLOWED_CONTENT_TYPES, cleanFilename, matchesDeclaredType, SIGNATURE_BYTES } from './file-signature';
import { folderNotEmpty } from './library.errors';
import { LibraryNotices } from './library.notices';
import { DocumentTextService } from './text/document-text.service';

const VERSIONS_BY_DOCUMENT = Symbol('versions-by-document');
const FOLDERS_BY_ID = Symbol('folders-by-id');
const EXCERPTS_BY_VERSION = Symbol('excerpts-by-version');
const DOWNLOAD_LINK_COUNTER = Symbol('download-link-counter');
/** Characters of a version's text shown as its excerpt. */
export const TEXT_EXCERPT_CHARS = 280;
/** Only these are ever shown inline (never HTML, SVG or anything else a browser might run). */
export const PREVIEWABLE_CONTENT_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);
const CLEANUP_LOCK_KEY = 724_201_002;
/** How long a deleted document's files are kept before they are purged. */
export const DELETED_DOCUMENT_RETENTION_DAYS = 30;
/**
 * How long a claimed upload may take to publish (copy, check, hash) before the
 * cleanup treats its completion as abandoned (a process that stopped mid-way).
 */
export const UPLOAD_CLAIM_GRACE_MS = 60 * 60 * 1000;

type DocumentMetadata = DocumentDetailsFields;

export type NewFileCheck =
  | { ok: true; filename: string; contentType: string }
  | { ok: false; field: 'filename' | 'contentType' | 'size'; problem: string; message: string };

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getUTCFullYear() >= 1900 && date.getUTCFullYear() <= 2200;
}

@Injectable()
export class LibraryService implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
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
    private readonly notices: LibraryNotices,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- folders --------------------------------------------------------------

  async listFolders(caller: Caller | null, spaceId: string): Promise<FolderEntity[]> {
    await this.access.require(caller, SpacePermission.READ, spaceId);
    return this.folders.find({ where: { spaceId }, order: { name: 'ASC' } });
  }

  async createFolder(caller: Caller, input: CreateFolderInput): Promise<FolderEntity> {
    const spaceId = await this.access.requireTarget(caller, SpacePermission.WRITE, input);
    const name = this.folderName(input.name);
    if (input.parentId) {
      const parent = await this.folders.findOne({ where: { id: input.parentId, spaceId } });
      if (!parent) throw badInput('The parent folder is not in this library', [{ field: 'parentId', message: 'not found here' }]);
    }
    await this.requireFreeName(spaceId, input.parentId ?? null, name);
    return this.saveFolder(this.folders.create({ spaceId, parentId: input.parentId ?? null, name, createdById: caller.userId }));
  }

  /** Whoever made the folder, or a coordinator. */
  async renameFolder(caller: Caller, input: RenameFolderInput): Promise<FolderEntity> {
    await this.access.requireOne(caller, Permission.FOLDER_EDIT, input.folderId);
    const folder = await this.folders.findOneOrFail({ where: { id: input.folderId } });
    const name = this.folderName(input.name);
    if (name === folder.name) return folder;
    if (name.toLowerCase() !== folder.name.toLowerCase()) await this.requireFreeName(folder.spaceId, folder.parentId, name);
    folder.name = name;
    return this.saveFolder(folder);
  }

  /**
   * Whoever made the folder, or a coordinator; only an empty folder (no documents,
   * no folders inside), so nothing is lost or moved without anyone deciding it.
   * The folder row is locked first: a document moved in at the same moment waits, then finds it gone.
   */
  async deleteFolder(caller: Caller, folderId: string): Promise<string> {
    await this.access.requireOne(caller, Permission.FOLDER_EDIT, folderId);
    return this.db.transaction(async (tx) => {
      const [folder]: { id: string; name: string }[] = await tx.query('SELECT id, name FROM folders WHERE id = $1 FOR UPDATE', [folderId]);
      if (!folder) throw notFound('Folder');
      const [{ documents, folders }]: { documents: number; folders: number }[] = await tx.query(
        `SELECT (SELECT count(*)::int FROM documents WHERE folder_id = $1 AND deleted_at IS NULL) AS documents,
                (SELECT count(*)::int FROM folders WHERE parent_id = $1) AS folders`,
        [folderId],
      );
      if (documents || folders) throw folderNotEmpty(folder.name, documents, folders);
      // Deleted documents still in it (kept for their retention period) move to the top level.
      await tx.query('DELETE FROM folders WHERE id = $1', [folderId]);
      return folder.id;
    });
  }

  /** The uploader (while a member) or a coordinator may change the document: for `Document.viewerCanEdit`, batched per page. */
  async canEditDocument(context: Pick<RequestContext, 'loaders' | 'caller'>, documentId: string): Promise<boolean> {
    if (!context.caller) return false;
    return this.access.allows(context, Permission.DOCUMENT_EDIT).load(documentId);
  }

  /** Whoever made the folder (while a member) or a coordinator may rename or delete it: for `Folder.viewerCanEdit`. */
  async canEditFolder(context: Pick<RequestContext, 'loaders' | 'caller'>, folderId: string): Promise<boolean> {
    if (!context.caller) return false;
    return this.access.allows(context, Permission.FOLDER_EDIT).load(folderId);
  }

  private folderName(value: string): string {
    const name = value.trim();
    if (!name) throw badInput('The folder needs a name', [{ field: 'name', message: 'must not be empty' }]);
    return name;
  }

  private async requireFreeName(spaceId: string, parentId: string | null, name: string): Promise<void> {
    const sibling = await this.folders
      .createQueryBuilder('f')
      .where('f.space_id = :spaceId AND lower(f.name) = lower(:name)', { spaceId, name })
      .andWhere(parentId ? 'f.parent_id = :parentId' : 'f.parent_id IS NULL', { parentId })
      .getExists();
    if (sibling) throw conflict(`There is already a folder called "${name}" here`);
  }

  private async saveFolder(folder: FolderEntity): Promise<FolderEntity> {
    try {
      return await this.folders.save(folder);
    } catch (error) {
      // Two requests at once both passed the check: the unique index decides.
      if (isUniqueViolation(error)) throw conflict(`There is already a folder called "${folder.name}" here`);
      throw error;
    }
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
    if (!(await this.access.checkAccess({ caller, permission: Permission.DOCUMENT_READ, ids: [id] })).has(id)) return null;
    return this.documents.findOne({ where: { id, deletedAt: IsNull() } });
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
    await this.access.requireOne(caller, Permission.DOCUMENT_EDIT, documentId);
    const document = await this.documents.findOne({ where: { id: documentId, deletedAt: IsNull() } });
    if (!document) throw notFound('Document');
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

  /**
   * Counts download links handed out, per document and day (the network report's
   * "documents downloaded"): one statement per request however many links it gets.
   */
  countDownloadLink(context: Pick<RequestContext, 'loaders'>): DataLoader<string, true> {
    return requestLoader(context, DOWNLOAD_LINK_COUNTER, () =>
      new DataLoader(async (documentIds: readonly string[]) => {
        await this.db.query(
          `INSERT INTO document_downloads (document_id, day, network_id, count)
           SELECT d.id, current_date, d.network_id, c.n FROM documents d
             JOIN (SELECT id, count(*)::int AS n FROM unnest($1::uuid[]) AS id GROUP BY id) c ON c.id = d.id
           ON CONFLICT (document_id, day) DO UPDATE SET count = document_downloads.count + EXCLUDED.count`,
          [[...documentIds]],
        );
        return documentIds.map(() => true as const);
      }, { cache: false }),
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

  /**
   * What every new file passes before its bytes are taken (an upload, an entry of an
   * imported zip): a usable name, a type on the allow-list, a size within the limit.
   * Its contents are checked against the type later (`checkContents`).
   */
  checkNewFile(file: { filename: string; contentType: string; size: number }): NewFileCheck {
    const filename = cleanFilename(file.filename);
    if (!filename) return { ok: false, field: 'filename', problem: 'invalid filename', message: 'The file needs a name' };
    const contentType = file.contentType.trim().toLowerCase();
    if (!ALLOWED_CONTENT_TYPES[contentType]) {
      return {
        ok: false,
        field: 'contentType',
        problem: 'not allowed',
        message: `That type of file cannot be added. Allowed: ${Object.values(ALLOWED_CONTENT_TYPES).join(', ')}.`,
      };
    }
    const limit = this.config.library.maxUploadBytes;
    if (!Number.isInteger(file.size) || file.size < 1 || file.size > limit) {
      return { ok: false, field: 'size', problem: `between 1 and ${limit} bytes`, message: `Files can be at most ${Math.floor(limit / (1024 * 1024))} MB` };
    }
    return { ok: true, filename, contentType };
  }

  /** True when a file's first bytes (up to SIGNATURE_BYTES) are what its type says. */
  checkContents(contentType: string, head: Buffer): boolean {
    return matchesDeclaredType(contentType, head);
  }

  async requestUpload(caller: Caller, input: RequestUploadInput, origin: string) {
    const spaceId = await this.access.requireTarget(caller, SpacePermission.WRITE, input);
    const checked = this.checkNewFile(input);
    if (!checked.ok) throw badInput(checked.message, [{ field: checked.field, message: checked.problem }]);
    const { filename, contentType } = checked;
    return this.issueTicket(caller, { spaceId, filename, contentType, size: input.size }, origin);
  }

  /**
   * A pending upload and its ticket: one PUT of exactly `size` bytes to the upload's own
   * staging key. `objectKey` (default: a new object of the space) is where completing it
   * publishes the bytes; the ticket never names it.
   */
  async issueTicket(
    caller: Caller,
    file: { spaceId: string; filename: string; contentType: string; size: number; objectKey?: (id: string) => string },
    origin: string,
  ) {
    const id = randomUUID();
    const ttl = this.config.storage.transferTokenTtlSeconds;
    const upload = await this.uploads.save(
      this.uploads.create({
        id,
        spaceId: file.spaceId,
        objectKey: file.objectKey ? file.objectKey(id) : `spaces/${file.spaceId}/objects/${id}`,
        filename: file.filename,
        contentType: file.contentType,
        size: file.size,
        createdById: caller.userId,
        expiresAt: new Date(Date.now() + ttl * 1000),
      }),
    );
    // The ticket names the upload's own staging key; the published key (objectKey) is never handed out.
    const ticket = await this.storage.uploadTicket({ ticketId: upload.id, size: upload.size, contentType: file.contentType }, origin);
    return { uploadId: upload.id, ...ticket };
  }

  /**
   * Asked by the storage proxy before it takes bytes for a ticket: a ticket is
   * single-use (refused once its upload is being or has been completed) and
   * works only while its sender may still add files to that library.
   */
  async admitUpload(uploadId: string): Promise<UploadRefusal | null> {
    const upload = await this.uploads.findOne({ where: { id: uploadId } });
    if (!upload || upload.expiresAt.getTime() < Date.now()) {
      return { status: 410, code: 'NOT_FOUND', message: 'This upload link is no longer valid; please start the upload again' };
    }
    if (upload.completedAt || upload.claimedAt) {
      return { status: 409, code: 'CONFLICT', message: 'This upload has already been completed; an upload link takes one file only' };
    }
    if (!(await this.access.can({ userId: upload.createdById }, SpacePermission.WRITE, upload.spaceId))) {
      return { status: 403, code: 'FORBIDDEN', message: 'You can no longer add files here' };
    }
    return null;
  }

  /**
   * Claims the upload (one completion at a time), copies its staging object to
   * the upload's published key inside storage, then checks that copy (size, first
   * bytes against the declared type) and hashes it by streaming. Checking the
   * copy, which no ticket can write, means later bytes sent to the staging key
   * cannot change what was checked and recorded. Then the document or its next
   * version is created in one transaction. A refused file is removed at once.
   */
  async completeUpload(caller: Caller, input: CompleteUploadInput): Promise<DocumentEntity> {
    const upload = await this.uploads.findOne({ where: { id: input.uploadId } });
    if (!upload || upload.createdById !== caller.userId) throw notFound('Upload');
    if (!ALLOWED_CONTENT_TYPES[upload.contentType]) {
      throw badInput('This upload is a zip for a library import: start the import with it instead', [{ field: 'uploadId', message: 'an import upload' }]);
    }
    if (upload.completedAt || upload.claimedAt) throw conflict('This upload has already been completed');
    await this.access.require(caller, SpacePermission.WRITE, upload.spaceId);
    if (upload.expiresAt.getTime() < Date.now()) throw badInput('This upload has expired; please upload the file again');

    let target: DocumentEntity | null = null;
    const metadata = await this.cleanMetadata(input, upload.spaceId);
    if (input.documentId) {
      // Only a document of the upload's own library (NOT_FOUND otherwise, even one the caller can see elsewhere).
      target = await this.documents.findOne({ where: { id: input.documentId, spaceId: upload.spaceId, deletedAt: IsNull() } });
      if (!target) throw notFound('Document');
      // A new version is an edit: the uploader of the document or a coordinator.
      await this.access.requireOne(caller, Permission.DOCUMENT_EDIT, target.id);
    } else if (!input.title?.trim()) {
      throw badInput('Please give the document a title', [{ field: 'title', message: 'required' }]);
    }
    if (!target && input.folderId && !(await this.folders.exists({ where: { id: input.folderId, spaceId: upload.spaceId } }))) {
      throw badInput('The folder is not in this library', [{ field: 'folderId', message: 'not found here' }]);
    }

    const staging = stagingKey(upload.id);
    if (!(await this.storage.stat(staging))) throw badInput('The file has not arrived yet: send it to the upload URL first');
    const claimed = await this.uploads.update({ id: upload.id, claimedAt: IsNull(), completedAt: IsNull() }, { claimedAt: new Date() });
    if (!claimed.affected) throw conflict('This upload has already been completed');

    let published = false;
    let result: { document: DocumentEntity; versionId: string; textStatus: DocumentTextStatus };
    try {
      await this.storage.copy(staging, upload.objectKey);
      published = true;
      const stat = await this.storage.stat(upload.objectKey);
      if (!stat || stat.size !== upload.size) {
        await this.discard(upload);
        throw badInput(`The file is ${stat?.size ?? 0} bytes, but ${upload.size} were declared`);
      }
      const head = await this.readHead(upload.objectKey, Math.min(SIGNATURE_BYTES, upload.size));
      if (!this.checkContents(upload.contentType, head)) {
        await this.discard(upload);
        throw badInput(`The file's contents are not a ${ALLOWED_CONTENT_TYPES[upload.contentType]}; it has been removed`, [
          { field: 'contentType', message: 'contents do not match' },
        ]);
      }
      const sha256 = await this.hash(upload.objectKey);
      result = await this.db.transaction(async (tx) => {
        const [claimedRow] = await tx.query(
          'UPDATE pending_uploads SET completed_at = now() WHERE id = $1 AND completed_at IS NULL RETURNING id',
          [upload.id],
        );
        if (!claimedRow?.length) throw conflict('This upload has already been completed');
        let document = target;
        if (document) {
          // A version never moves the document, nor changes its details: only its files.
          const [locked] = await tx.query('SELECT id FROM documents WHERE id = $1 AND deleted_at IS NULL FOR UPDATE', [document.id]);
          if (!locked) throw notFound('Document');
          await tx.update(DocumentEntity, { id: document.id }, { updatedAt: new Date() });
          document = await tx.findOneByOrFail(DocumentEntity, { id: document.id });
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
          await this.notices.documentAdded(tx, document);
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
    } catch (error) {
      // Nothing was committed: release the claim (the staging object stays) so the sender may try again.
      if (published) await this.storage.remove(upload.objectKey).catch(() => undefined);
      await this.uploads.update({ id: upload.id, completedAt: IsNull() }, { claimedAt: null }).catch(() => undefined);
      throw error;
    }
    // The staging object has done its work; a failure here leaves it to the cleanup.
    await this.storage.remove(staging).catch(() => undefined);
    // After the commit, so the job always finds the version; a failure to queue never fails the upload.
    if (result.textStatus === DocumentTextStatus.PENDING) await this.text.enqueue(result.versionId);
    return result.document;
  }

  /**
   * Removes uploads never completed (rows, staging and published objects) once
   * their tickets have expired (a claimed one after a grace period), and staging
   * objects left behind: those of completed uploads (a PUT may re-create one
   * through a presigned URL still within its lifetime) or of uploads no longer known.
   */
  async removeExpiredUploads(now = new Date()): Promise<number> {
    const expired = await this.uploads.find({ where: { completedAt: IsNull() }, order: { expiresAt: 'ASC' }, take: 500 });
    let removed = 0;
    for (const upload of expired) {
      if (upload.expiresAt > now) break;
      if (upload.claimedAt && upload.claimedAt.getTime() > now.getTime() - UPLOAD_CLAIM_GRACE_MS) continue;
      await this.discard(upload);
      removed++;
    }
    const staged = (await this.storage.listKeys(STAGING_PREFIX)).slice(0, 1000);
    const ids = staged.map((key) => key.slice(STAGING_PREFIX.length)).filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    const live = new Map((ids.length ? await this.uploads.find({ where: { id: In(ids) } }) : []).map((u) => [u.id, u]));
    for (const key of staged) {
      const upload = live.get(key.slice(STAGING_PREFIX.length));
      // A ticket still usable (or a completion in progress) keeps its staging object.
      if (upload && (!upload.completedAt || upload.expiresAt > now)) continue;
      await this.storage.remove(key);
      removed++;
    }
    return removed;
  }

  onModuleInit(): void {
    this.storage.setUploadGate((uploadId) => this.admitUpload(uploadId));
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

  /** Objects first, then row: if storage is away the row stays, so a later run removes the objects (no orphan). */
  private async discard(upload: PendingUploadEntity): Promise<void> {
    await this.storage.remove(stagingKey(upload.id));
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
