import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource, IsNull, Repository } from 'typeorm';
import * as yauzl from 'yauzl';
import { badInput, type Caller, conflict, notFound, paginate, type Page, type PageArgs } from '@community-hub/api-common';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { Permission, SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { type Job, JobQueue, type QueueOptions } from '@community-hub/api-jobs';
import { stagingKey, StorageService } from '@community-hub/api-storage';
import { LIBRARY_IMPORT_REASON_TEXT, LibraryImportReason } from '@community-hub/shared-validation';
import { DocumentEntity, DocumentKind } from '../entities/document.entity';
import { DocumentTextStatus, DocumentVersionEntity } from '../entities/document-version.entity';
import { FolderEntity } from '../entities/folder.entity';
import { LibraryImportEntity, LibraryImportStatus } from '../entities/library-import.entity';
import { LibraryImportItemEntity, LibraryImportOutcome } from '../entities/library-import-item.entity';
import { PendingUploadEntity } from '../entities/pending-upload.entity';
import { cleanFilename, contentTypeForFilename, SIGNATURE_BYTES } from '../file-signature';
import { LibraryService } from '../library.service';
import { DocumentTextService } from '../text/document-text.service';
import { decodeEntryName, parseEntryPath } from './zip-names';

export const LIBRARY_IMPORT_JOB = 'library.import';
/** The content type an import's pending upload carries: what tells it from a document's upload. */
export const IMPORT_UPLOAD_TYPE = 'application/zip';
/** Retried after a crash or an outage; an attempt may take hours for a large zip. */
const IMPORT_QUEUE: QueueOptions = { retryLimit: 5, retryDelaySeconds: 30, retryBackoff: true, expireInSeconds: 6 * 3600 };
/** Advisory lock namespace: one runner per import at a time (the second waits for a retry). */
const IMPORT_LOCK_NAMESPACE = 724_201_003;
const ZIP_SIGNATURES = [Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x50, 0x4b, 0x05, 0x06])];

export interface StartImportFields {
  uploadId: string;
  folderId?: string | null;
}

/** How a run of an import ended. */
export type ImportRunResult = 'DONE' | 'FAILED' | 'STOPPED' | 'NOTHING_TO_DO';

export interface ImportRunOptions {
  /**
   * For tests of resuming: stop, as a crash would, after handling this many entries
   * (nothing is tidied up; a later run carries on).
   */
  stopAfterEntries?: number;
}

/** One skipped entry, for the CSV. */
export interface SkippedEntry {
  entryIndex: number;
  path: string;
  reason: LibraryImportReason;
}

class RefusedImport extends Error {
  constructor(
    readonly reason: LibraryImportReason,
    message: string,
  ) {
    super(message);
  }
}

class SkippedEntryError extends Error {
  constructor(readonly reason: LibraryImportReason) {
    super(reason);
  }
}

interface ImportRun {
  row: LibraryImportEntity;
  zip: yauzl.ZipFile;
  dir: string;
  networkId: string;
  /** Folder ids by their path below the import's folder (joined with '/', lower case). */
  folders: Map<string, string | null>;
}

/**
 * Moving in from elsewhere: a zip of folders and files (a Knowledge Hub group library, a
 * shared drive's export) becomes folders and documents. A coordinator sends the zip through
 * an upload ticket; `start` publishes it and queues a job; the job reads the zip from a
 * temporary file (never from memory), checks the limits, then handles the entries one by
 * one, each file passing the same checks as an upload. Each entry's outcome is written in
 * the transaction of what it made, so a job that stopped resumes after it; and the same
 * file (sha256) in the same folder is never added twice, so running an import again adds
 * nothing new.
 */
@Injectable()
export class LibraryImportService implements OnModuleInit {
  private readonly logger = new Logger(LibraryImportService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(LibraryImportEntity) private readonly imports: Repository<LibraryImportEntity>,
    @InjectRepository(LibraryImportItemEntity) private readonly items: Repository<LibraryImportItemEntity>,
    @InjectRepository(PendingUploadEntity) private readonly uploads: Repository<PendingUploadEntity>,
    @InjectRepository(FolderEntity) private readonly folders: Repository<FolderEntity>,
    private readonly access: SpaceAccessService,
    private readonly storage: StorageService,
    private readonly library: LibraryService,
    private readonly text: DocumentTextService,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<{ importId: string }>(LIBRARY_IMPORT_JOB, (job) => this.handle(job), IMPORT_QUEUE);
  }

  // ---- starting -------------------------------------------------------------

  /** Coordinators: where to send the zip. Then `start` with its uploadId. */
  async requestUpload(caller: Caller, input: { networkId: string; filename: string; size: number }, origin: string) {
    const spaceId = await this.access.requireTarget(caller, SpacePermission.MODERATE, { networkId: input.networkId });
    const filename = cleanFilename(input.filename);
    if (!filename || !/\.zip$/i.test(filename)) throw badInput('Choose a .zip file', [{ field: 'filename', message: 'must be a .zip file' }]);
    const limit = this.config.library.import.maxTotalBytes;
    if (!Number.isInteger(input.size) || input.size < 1 || input.size > limit) {
      throw badInput(`The zip can be at most ${Math.floor(limit / (1024 * 1024))} MB`, [{ field: 'size', message: `between 1 and ${limit} bytes` }]);
    }
    return this.library.issueTicket(
      caller,
      { spaceId, filename, contentType: IMPORT_UPLOAD_TYPE, size: input.size, objectKey: (id) => `spaces/${spaceId}/imports/${id}.zip` },
      origin,
    );
  }

  /**
   * Publishes the uploaded zip (a server-side copy no ticket can write, as for a document),
   * checks it starts like a zip, then records the import and queues its job in one transaction.
   */
  async start(caller: Caller, input: StartImportFields): Promise<LibraryImportEntity> {
    const upload = await this.uploads.findOne({ where: { id: input.uploadId } });
    if (!upload || upload.createdById !== caller.userId || upload.contentType !== IMPORT_UPLOAD_TYPE) throw notFound('Upload');
    await this.access.require(caller, SpacePermission.MODERATE, upload.spaceId);
    if (upload.completedAt || upload.claimedAt) throw conflict('This zip has already been imported');
    if (upload.expiresAt.getTime() < Date.now()) throw badInput('This upload has expired; please upload the zip again');
    if (input.folderId && !(await this.folders.exists({ where: { id: input.folderId, spaceId: upload.spaceId } }))) {
      throw badInput('The folder is not in this library', [{ field: 'folderId', message: 'not found here' }]);
    }
    const staging = stagingKey(upload.id);
    if (!(await this.storage.stat(staging))) throw badInput('The zip has not arrived yet: send it to the upload URL first');
    const claimed = await this.uploads.update({ id: upload.id, claimedAt: IsNull(), completedAt: IsNull() }, { claimedAt: new Date() });
    if (!claimed.affected) throw conflict('This zip has already been imported');

    let published = false;
    let row: LibraryImportEntity;
    try {
      await this.storage.copy(staging, upload.objectKey);
      published = true;
      const stat = await this.storage.stat(upload.objectKey);
      if (!stat || stat.size !== upload.size) throw badInput(`The zip is ${stat?.size ?? 0} bytes, but ${upload.size} were declared`);
      const head = await this.readHead(upload.objectKey, 4);
      if (!ZIP_SIGNATURES.some((signature) => head.equals(signature))) {
        throw badInput(LIBRARY_IMPORT_REASON_TEXT[LibraryImportReason.NOT_A_ZIP], [{ field: 'uploadId', message: 'not a zip file' }]);
      }
      row = await this.db.transaction(async (tx) => {
        const [completed] = await tx.query('UPDATE pending_uploads SET completed_at = now() WHERE id = $1 AND completed_at IS NULL RETURNING id', [upload.id]);
        if (!completed?.length) throw conflict('This zip has already been imported');
        const created = await tx.save(
          tx.create(LibraryImportEntity, {
            id: upload.id,
            spaceId: upload.spaceId,
            folderId: input.folderId ?? null,
            filename: upload.filename,
            objectKey: upload.objectKey,
            sizeBytes: upload.size,
            startedById: caller.userId,
          }),
        );
        await this.jobs.sendWithin(tx, LIBRARY_IMPORT_JOB, { importId: created.id }, IMPORT_QUEUE);
        return created;
      });
    } catch (error) {
      // Nothing was committed: the sender may try again with the same upload.
      if (published) await this.storage.remove(upload.objectKey).catch(() => undefined);
      await this.uploads.update({ id: upload.id, completedAt: IsNull() }, { claimedAt: null }).catch(() => undefined);
      throw error;
    }
    await this.storage.remove(staging).catch(() => undefined);
    return row;
  }

  // ---- reading --------------------------------------------------------------

  /** Null unless it exists and the caller coordinates its library. */
  async find(caller: Caller | null, id: string): Promise<LibraryImportEntity | null> {
    if (!(await this.access.checkAccess({ caller, permission: Permission.LIBRARY_IMPORT_READ, ids: [id] })).has(id)) return null;
    return this.imports.findOne({ where: { id } });
  }

  /** A network's imports, newest first: its coordinators only. */
  async list(caller: Caller | null, spaceId: string, args: PageArgs): Promise<Page<LibraryImportEntity>> {
    await this.access.require(caller, SpacePermission.MODERATE, spaceId);
    const query = this.imports.createQueryBuilder('i').where('i.space_id = :spaceId', { spaceId });
    return paginate(query, args, { columns: ['i.created_at', 'i.id'], direction: 'DESC', cursorOf: (i) => [i.createdAt.toISOString(), i.id] });
  }

  /** The entries an import left out, in zip order (a page, or all of them for the CSV). */
  async skippedEntries(importId: string, args: PageArgs | null): Promise<Page<LibraryImportItemEntity> | LibraryImportItemEntity[]> {
    const query = this.items.createQueryBuilder('e').where('e.import_id = :importId AND e.outcome = :outcome', { importId, outcome: LibraryImportOutcome.SKIPPED });
    if (!args) return query.orderBy('e.entry_index', 'ASC').getMany();
    return paginate(query, args, { columns: ['e.entry_index'], direction: 'ASC', cursorOf: (e) => [e.entryIndex] });
  }

  /** The skipped list for the CSV: NOT_FOUND unless the caller coordinates the import's library. */
  async skippedForExport(caller: Caller | null, importId: string): Promise<{ row: LibraryImportEntity; skipped: SkippedEntry[] }> {
    await this.access.requireOne(caller, Permission.LIBRARY_IMPORT_READ, importId);
    const row = await this.imports.findOneOrFail({ where: { id: importId } });
    const skipped = (await this.skippedEntries(importId, null)) as LibraryImportItemEntity[];
    return { row, skipped: skipped.map((e) => ({ entryIndex: e.entryIndex, path: e.path, reason: e.reason as LibraryImportReason })) };
  }

  // ---- the job ----------------------------------------------------------------

  async handle(job: Job<{ importId: string }>): Promise<void> {
    try {
      await this.run(job.data.importId);
    } catch (error) {
      this.logger.warn(`Library import ${job.data.importId} stopped (attempt ${job.attempt}): ${(error as Error).message}`);
      if (job.lastAttempt) {
        await this.finish(job.data.importId, LibraryImportStatus.FAILED, null, 'The import could not finish. Importing the zip again adds only what is missing.');
      }
      throw error;
    }
  }

  /**
   * Runs (or resumes) an import: entries already handled (their rows written) are passed
   * over. One runner per import at a time: a second throws, so its job is retried later.
   */
  async run(importId: string, options: ImportRunOptions = {}): Promise<ImportRunResult> {
    const lock = this.db.createQueryRunner();
    await lock.connect();
    try {
      const [{ locked }] = await lock.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [IMPORT_LOCK_NAMESPACE, importId]);
      if (!locked) throw new Error('This import is being run by another worker');
      try {
        return await this.runLocked(importId, options);
      } finally {
        await lock.query('SELECT pg_advisory_unlock($1, hashtext($2))', [IMPORT_LOCK_NAMESPACE, importId]);
      }
    } finally {
      await lock.release();
    }
  }

  private async runLocked(importId: string, options: ImportRunOptions): Promise<ImportRunResult> {
    const row = await this.imports.findOne({ where: { id: importId } });
    if (!row || row.status === LibraryImportStatus.DONE || row.status === LibraryImportStatus.FAILED || !row.objectKey) return 'NOTHING_TO_DO';
    await this.imports.update({ id: row.id }, { status: LibraryImportStatus.RUNNING });
    const [space] = await this.db.query('SELECT network_id FROM spaces WHERE id = $1', [row.spaceId]);
    const dir = await mkdtemp(join(tmpdir(), 'ch-import-'));
    let zip: yauzl.ZipFile | null = null;
    try {
      const path = join(dir, 'import.zip');
      await pipeline(await this.storage.read(row.objectKey), createWriteStream(path));
      let entries: yauzl.Entry[];
      try {
        zip = await yauzl.openPromise(path, { lazyEntries: true, decodeStrings: false, autoClose: false, validateEntrySizes: true, strictFileNames: false });
        entries = await this.readDirectory(zip, row.sizeBytes);
      } catch (error) {
        if (error instanceof RefusedImport) {
          await this.finish(row.id, LibraryImportStatus.FAILED, error.reason, error.message);
          return 'FAILED';
        }
        await this.finish(row.id, LibraryImportStatus.FAILED, LibraryImportReason.NOT_A_ZIP, LIBRARY_IMPORT_REASON_TEXT[LibraryImportReason.NOT_A_ZIP]);
        return 'FAILED';
      }
      await this.imports.update({ id: row.id }, { entriesTotal: entries.length });
      const handled = new Set(
        (await this.items.createQueryBuilder('e').select('e.entry_index', 'i').where('e.import_id = :id', { id: row.id }).getRawMany<{ i: number }>()).map((r) => r.i),
      );
      const run: ImportRun = { row, zip, dir, networkId: space.network_id, folders: new Map([['', row.folderId]]) };
      let count = 0;
      for (const [index, entry] of entries.entries()) {
        if (handled.has(index)) continue;
        await this.handleEntry(run, index, entry);
        if (options.stopAfterEntries !== undefined && ++count >= options.stopAfterEntries) return 'STOPPED';
      }
      await this.finish(row.id, LibraryImportStatus.DONE, null, null);
      return 'DONE';
    } finally {
      zip?.close();
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Every entry of the central directory, once the zip is known to keep within the limits. */
  private async readDirectory(zip: yauzl.ZipFile, zipBytes: number): Promise<yauzl.Entry[]> {
    const { maxEntries, maxTotalBytes, maxRatio } = this.config.library.import;
    if (zip.entryCount > maxEntries) {
      throw new RefusedImport(LibraryImportReason.TOO_MANY_ENTRIES, `The zip holds ${zip.entryCount} entries; an import may hold at most ${maxEntries}`);
    }
    const entries: yauzl.Entry[] = [];
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      entries.push(entry);
      total += entry.uncompressedSize;
    }
    if (total > maxTotalBytes) {
      throw new RefusedImport(LibraryImportReason.TOO_LARGE, `The files in the zip add up to ${total} bytes; an import may hold at most ${maxTotalBytes}`);
    }
    if (total > maxRatio * zipBytes) {
      throw new RefusedImport(LibraryImportReason.COMPRESSION_RATIO, `The zip unpacks to more than ${maxRatio} times its own size, which real documents never do`);
    }
    return entries;
  }

  private async handleEntry(run: ImportRun, index: number, entry: yauzl.Entry): Promise<void> {
    const path = decodeEntryName(entry);
    const shown = path.slice(0, 1000);
    const parsed = parseEntryPath(path);
    if (!parsed.ok) return this.record(run, index, shown, LibraryImportOutcome.SKIPPED, LibraryImportReason[parsed.reason]);
    const folderId = await this.folderFor(run, parsed.folders);
    if (parsed.name === null) return this.record(run, index, shown, LibraryImportOutcome.FOLDER, null);
    try {
      const document = await this.importFile(run, index, shown, entry, parsed.name, folderId);
      if (document.textStatus === DocumentTextStatus.PENDING) await this.text.enqueue(document.versionId);
    } catch (error) {
      if (!(error instanceof SkippedEntryError)) throw error;
      await this.record(run, index, shown, LibraryImportOutcome.SKIPPED, error.reason);
    }
  }

  /** Checks, copies and adds one file; throws SkippedEntryError for a file left out. */
  private async importFile(run: ImportRun, index: number, path: string, entry: yauzl.Entry, name: string, folderId: string | null) {
    const contentType = contentTypeForFilename(name);
    if (!contentType) throw new SkippedEntryError(LibraryImportReason.TYPE_NOT_ALLOWED);
    const checked = this.library.checkNewFile({ filename: name, contentType, size: entry.uncompressedSize });
    if (!checked.ok) {
      throw new SkippedEntryError(
        checked.field === 'size' ? LibraryImportReason.SIZE_NOT_ALLOWED : checked.field === 'contentType' ? LibraryImportReason.TYPE_NOT_ALLOWED : LibraryImportReason.UNSAFE_PATH,
      );
    }
    if (!entry.canDecodeFileData()) throw new SkippedEntryError(LibraryImportReason.UNREADABLE);
    if (entry.uncompressedSize > this.config.library.import.maxRatio * Math.max(entry.compressedSize, 1)) {
      throw new SkippedEntryError(LibraryImportReason.COMPRESSION_RATIO);
    }
    const file = join(run.dir, `entry-${index}`);
    try {
      const { sha256, head } = await this.extract(run.zip, entry, file);
      if (!this.library.checkContents(checked.contentType, head)) throw new SkippedEntryError(LibraryImportReason.CONTENTS_DO_NOT_MATCH);
      if (await this.hasSameFile(this.db, run.row.spaceId, folderId, sha256)) throw new SkippedEntryError(LibraryImportReason.ALREADY_IN_LIBRARY);
      // Named by import and entry: a run that stopped before its commit writes the same key again, leaving no orphan.
      const objectKey = `spaces/${run.row.spaceId}/imports/${run.row.id}/${index}`;
      await this.storage.put(objectKey, createReadStream(file), entry.uncompressedSize, checked.contentType);
      const textStatus = this.text.initialStatus(checked.contentType, entry.uncompressedSize);
      const versionId = await this.db.transaction(async (tx) => {
        // Two imports into one folder at once: the second waits, then finds the first's copy.
        await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [IMPORT_LOCK_NAMESPACE, `${run.row.spaceId}/${folderId ?? ''}`]);
        if (await this.hasSameFile(tx, run.row.spaceId, folderId, sha256)) return null;
        const document = await tx.save(
          tx.create(DocumentEntity, {
            spaceId: run.row.spaceId,
            networkId: run.networkId,
            folderId,
            title: titleOf(checked.filename),
            description: '',
            kind: DocumentKind.OTHER,
            createdById: run.row.startedById,
          }),
        );
        const inserted = await tx.insert(DocumentVersionEntity, {
          documentId: document.id,
          number: 1,
          objectKey,
          filename: checked.filename,
          contentType: checked.contentType,
          size: entry.uncompressedSize,
          sha256,
          uploadedById: run.row.startedById,
          textStatus,
          fileModifiedAt: modifiedAt(entry),
        });
        await this.recordWithin(tx, run, index, path, LibraryImportOutcome.IMPORTED, null, document.id);
        return inserted.identifiers[0].id as string;
      });
      if (!versionId) {
        await this.storage.remove(objectKey).catch(() => undefined);
        throw new SkippedEntryError(LibraryImportReason.ALREADY_IN_LIBRARY);
      }
      return { versionId, textStatus };
    } finally {
      await rm(file, { force: true });
    }
  }

  /**
   * Writes the entry to a file, hashing it and keeping its first bytes. yauzl checks the
   * bytes against the sizes the zip declares; the count here stops a lying entry too.
   */
  private async extract(zip: yauzl.ZipFile, entry: yauzl.Entry, file: string): Promise<{ sha256: string; head: Buffer }> {
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let headBytes = 0;
    let seen = 0;
    const declared = entry.uncompressedSize;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        seen += chunk.length;
        if (seen > declared) return callback(new Error('more bytes than the zip declares'));
        hash.update(chunk);
        if (headBytes < SIGNATURE_BYTES) {
          head.push(chunk.subarray(0, SIGNATURE_BYTES - headBytes));
          headBytes += Math.min(chunk.length, SIGNATURE_BYTES - headBytes);
        }
        callback(null, chunk);
      },
      flush(callback) {
        callback(seen === declared ? null : new Error('fewer bytes than the zip declares'));
      },
    });
    try {
      const stream: Readable = await zip.openReadStreamPromise(entry);
      await pipeline(stream, meter, createWriteStream(file));
    } catch {
      throw new SkippedEntryError(LibraryImportReason.UNREADABLE);
    }
    return { sha256: hash.digest('hex'), head: Buffer.concat(head) };
  }

  /** A document still in the library, in that folder, with a version of exactly these bytes. */
  private async hasSameFile(db: Pick<DataSource, 'query'>, spaceId: string, folderId: string | null, sha256: string): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM documents d JOIN document_versions v ON v.document_id = d.id
        WHERE d.space_id = $1 AND d.folder_id IS NOT DISTINCT FROM $2 AND d.deleted_at IS NULL AND v.sha256 = $3 LIMIT 1`,
      [spaceId, folderId, sha256],
    );
    return rows.length > 0;
  }

  /** The folder at `segments` below the import's folder: an existing one of that name (any case), or a new one. */
  private async folderFor(run: ImportRun, segments: string[]): Promise<string | null> {
    let parentId = run.folders.get('') ?? null;
    for (let depth = 1; depth <= segments.length; depth++) {
      const key = segments.slice(0, depth).join('/').toLowerCase();
      const known = run.folders.get(key);
      if (known !== undefined) {
        parentId = known;
        continue;
      }
      const name = segments[depth - 1].slice(0, 120);
      const find = async () =>
        (await this.db.query('SELECT id FROM folders WHERE space_id = $1 AND parent_id IS NOT DISTINCT FROM $2 AND lower(name) = lower($3)', [
          run.row.spaceId,
          parentId,
          name,
        ])) as { id: string }[];
      let [found] = await find();
      if (!found) {
        // Another import (or a person) may make the same folder at the same moment: the unique index decides.
        [found] = await this.db.query(
          'INSERT INTO folders (space_id, parent_id, name, created_by_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id',
          [run.row.spaceId, parentId, name, run.row.startedById],
        );
        found ??= (await find())[0];
      }
      run.folders.set(key, found.id);
      parentId = found.id;
    }
    return parentId;
  }

  private async record(run: ImportRun, index: number, path: string, outcome: LibraryImportOutcome, reason: LibraryImportReason | null): Promise<void> {
    await this.db.transaction((tx) => this.recordWithin(tx, run, index, path, outcome, reason, null));
  }

  /** The entry's outcome and the import's counts, in the caller's transaction. */
  private async recordWithin(
    tx: Pick<DataSource, 'query'>,
    run: ImportRun,
    index: number,
    path: string,
    outcome: LibraryImportOutcome,
    reason: LibraryImportReason | null,
    documentId: string | null,
  ): Promise<void> {
    await tx.query('INSERT INTO library_import_items (import_id, entry_index, path, outcome, reason, document_id) VALUES ($1, $2, $3, $4, $5, $6)', [
      run.row.id,
      index,
      path,
      outcome,
      reason,
      documentId,
    ]);
    await tx.query(
      `UPDATE library_imports SET entries_done = entries_done + 1,
         imported = imported + $2::int, skipped = skipped + $3::int WHERE id = $1`,
      [run.row.id, outcome === LibraryImportOutcome.IMPORTED ? 1 : 0, outcome === LibraryImportOutcome.SKIPPED ? 1 : 0],
    );
  }

  /** DONE or FAILED; the zip is removed (the skipped list stays). */
  private async finish(importId: string, status: LibraryImportStatus, reason: LibraryImportReason | null, message: string | null): Promise<void> {
    const row = await this.imports.findOne({ where: { id: importId } });
    if (!row || row.status === LibraryImportStatus.DONE || row.status === LibraryImportStatus.FAILED) return;
    if (row.objectKey) await this.storage.remove(row.objectKey).catch(() => undefined);
    await this.imports.update(
      { id: importId },
      { status, failureReason: reason, failureMessage: message?.slice(0, 500) ?? null, objectKey: null, finishedAt: new Date() },
    );
  }

  private async readHead(key: string, length: number): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.storage.read(key, { offset: 0, length })) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).subarray(0, length);
  }
}

/** The file's name without its extension (the whole name when that leaves nothing). */
function titleOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  const title = (dot > 0 ? filename.slice(0, dot) : filename).trim();
  return (title || filename).slice(0, 200);
}

/**
 * The entry's modification time: the extended timestamp (UTC) when the zip has one,
 * else its MS-DOS date, read as UTC (the zip does not say which zone it was written in).
 */
function modifiedAt(entry: yauzl.Entry): Date | null {
  if (!entry.lastModFileDate && !entry.extraFields.some((field) => field.id === 0x5455 || field.id === 0x000a)) return null;
  const date = entry.getLastModDate({ timezone: 'UTC' });
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1980 || date.getUTCFullYear() > 2200 ? null : date;
}
