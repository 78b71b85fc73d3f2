import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DataExportStatus } from '../entities/data-export.entity';
import type { DataExportEntity } from '../entities/data-export.entity';

registerEnumType(DataExportStatus, { name: 'DataExportStatus' });

@ObjectType({ description: 'A copy of your data, as a zip of JSON files and your uploads.' })
export class DataExport {
  @Field(() => ID)
  id: string;

  @Field(() => DataExportStatus)
  status: DataExportStatus;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Until when the download link works.' })
  expiresAt: Date | null;

  /** Kept for the download link; not a field. */
  entity: DataExportEntity;

  static from(entity: DataExportEntity, status: DataExportStatus): DataExport {
    return Object.assign(new DataExport(), { id: entity.id, status, createdAt: entity.createdAt, expiresAt: entity.expiresAt, entity });
  }
}
