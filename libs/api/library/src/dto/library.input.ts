import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNumber, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { PageArgs } from '@community-hub/api-common';
import { DocumentKind } from '../entities/document.entity';

@InputType()
export class CreateFolderInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'networkId must be an id' })
  networkId: string;

  @Field()
  @IsString()
  @MaxLength(120, { message: 'name must be at most 120 characters' })
  name: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be an id' })
  parentId?: string | null;
}

@InputType()
export class RequestUploadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'networkId must be an id' })
  networkId: string;

  @Field()
  @IsString()
  @MaxLength(255, { message: 'filename must be at most 255 characters' })
  filename: string;

  @Field()
  @IsString()
  @MaxLength(120)
  contentType: string;

  @Field(() => Float, { description: 'Exact size in bytes; the upload stops at this size.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1, { message: 'an empty file cannot be uploaded' })
  size: number;
}

@InputType()
export class CompleteUploadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'uploadId must be an id' })
  uploadId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'folderId must be an id' })
  folderId?: string | null;

  @Field({ nullable: true, description: 'Required for a new document; ignored when adding a version.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => DocumentKind, { nullable: true, defaultValue: DocumentKind.OTHER })
  @IsOptional()
  @IsEnum(DocumentKind)
  kind?: DocumentKind;

  @Field(() => ID, { nullable: true, description: 'Add the file as the next version of this document.' })
  @IsOptional()
  @IsUUID('all', { message: 'documentId must be an id' })
  documentId?: string | null;
}

@ArgsType()
export class DocumentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only documents in this folder; without it, those in no folder.' })
  @IsOptional()
  @IsUUID('all', { message: 'folderId must be an id' })
  folderId?: string;
}
