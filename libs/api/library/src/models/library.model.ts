import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@community-hub/api-common';
import { DocumentEntity, DocumentKind } from '../entities/document.entity';
import { DocumentTextStatus, DocumentVersionEntity } from '../entities/document-version.entity';
import { FolderEntity } from '../entities/folder.entity';

registerEnumType(DocumentKind, { name: 'DocumentKind' });
registerEnumType(DocumentTextStatus, {
  name: 'DocumentTextStatus',
  description: 'Whether the text of a version has been read for search.',
  valuesMap: {
    PENDING: { description: 'Waiting to be read (or to be tried again).' },
    DONE: { description: 'Read: the document can be found by words in it.' },
    FAILED: { description: 'The file could not be read, after several attempts.' },
    UNSUPPORTED: { description: 'Text is not read from this type of file.' },
    SKIPPED: { description: 'Too large to read.' },
  },
});

@ObjectType()
export class Header {
  @Field()
  name: string;

  @Field()
  value: string;
}

@ObjectType({ description: 'Where and how to send the bytes of a new file: send them to `url` with `method` and `headers`.' })
export class UploadTicket {
  @Field(() => ID)
  uploadId: string;

  @Field()
  url: string;

  @Field()
  method: string;

  @Field(() => [Header])
  headers: Header[];

  @Field({ description: 'The ticket stops working after this.' })
  expiresAt: Date;
}

@ObjectType({ description: 'A folder in a library (folders nest).' })
export class Folder {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  createdAt: Date;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  spaceId: string;

  static from(entity: FolderEntity): Folder {
    return Object.assign(new Folder(), { id: entity.id, name: entity.name, createdAt: entity.createdAt, parentId: entity.parentId, spaceId: entity.spaceId });
  }
}

@ObjectType({ description: 'A document (minutes, a policy, a template...) with its versions.' })
export class Document {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => DocumentKind)
  kind: DocumentKind;

  @Field(() => [String])
  tags: string[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when it is due for review.' })
  reviewDate: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: for minutes, the date of the meeting.' })
  meetingDate: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  spaceId: string;
  networkId: string;
  folderId: string | null;
  ownerId: string | null;
  createdById: string;

  static from(entity: DocumentEntity): Document {
    return Object.assign(new Document(), {
      id: entity.id,
      title: entity.title,
      description: entity.description,
      kind: entity.kind,
      tags: entity.tags,
      reviewDate: entity.reviewDate,
      meetingDate: entity.meetingDate,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      spaceId: entity.spaceId,
      networkId: entity.networkId,
      folderId: entity.folderId,
      ownerId: entity.ownerId,
      createdById: entity.createdById,
    });
  }
}

@ObjectType()
export class DocumentConnection extends Connection(Document) {}

@ObjectType({ description: 'One uploaded version of a document.' })
export class DocumentVersion {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field()
  filename: string;

  @Field()
  contentType: string;

  @Field(() => Float, { description: 'Bytes.' })
  size: number;

  @Field({ description: 'Hex SHA-256 of the stored bytes.' })
  sha256: string;

  @Field()
  createdAt: Date;

  @Field(() => DocumentTextStatus, { description: 'Whether its text has been read for search.' })
  textStatus: DocumentTextStatus;

  @Field(() => Date, { nullable: true, description: 'When the file itself was last changed, where known (the date a file imported from a zip carried).' })
  fileModifiedAt: Date | null;

  uploadedById: string;
  objectKey: string;
  documentId: string;
  spaceId?: string;

  static from(entity: DocumentVersionEntity): DocumentVersion {
    return Object.assign(new DocumentVersion(), {
      id: entity.id,
      number: entity.number,
      filename: entity.filename,
      contentType: entity.contentType,
      size: entity.size,
      sha256: entity.sha256,
      createdAt: entity.createdAt,
      textStatus: entity.textStatus,
      fileModifiedAt: entity.fileModifiedAt ?? null,
      uploadedById: entity.uploadedById,
      objectKey: entity.objectKey,
      documentId: entity.documentId,
    });
  }
}
