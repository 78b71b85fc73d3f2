import { Injectable } from '@nestjs/common';
import { JobQueue, NOTICE_QUEUE, type TransactionConnection } from '@community-hub/api-jobs';

/** Job name of the library's notices: written in the transaction of the change, consumed by notifications. */
export const LIBRARY_NOTICE = 'notice-library';

/** A document was added to the library, with what another domain needs to act on it without reading the library's tables. */
export interface LibraryNotice {
  change: 'DOCUMENT_ADDED';
  documentId: string;
  title: string;
  description: string;
  spaceId: string;
  networkId: string;
  networkSlug: string;
  folderId: string | null;
  folderName: string | null;
  uploaderId: string;
  uploaderName: string;
}

/** Writes the library's notices inside its own transactions. */
@Injectable()
export class LibraryNotices {
  constructor(private readonly jobs: JobQueue) {}

  async documentAdded(
    tx: TransactionConnection,
    document: { id: string; title: string; description: string; spaceId: string; networkId: string; folderId: string | null; createdById: string },
  ): Promise<void> {
    const [facts]: { slug: string; folder_name: string | null; uploader: string }[] = await tx.query(
      `SELECT n.slug, (SELECT f.name FROM folders f WHERE f.id = $2) AS folder_name, u.name AS uploader
         FROM networks n CROSS JOIN users u WHERE n.id = $1 AND u.id = $3`,
      [document.networkId, document.folderId, document.createdById],
    );
    const notice: LibraryNotice = {
      change: 'DOCUMENT_ADDED',
      documentId: document.id,
      title: document.title,
      description: document.description,
      spaceId: document.spaceId,
      networkId: document.networkId,
      networkSlug: facts.slug,
      folderId: document.folderId,
      folderName: facts.folder_name,
      uploaderId: document.createdById,
      uploaderName: facts.uploader,
    };
    await this.jobs.sendWithin(tx, LIBRARY_NOTICE, notice, NOTICE_QUEUE);
  }
}
