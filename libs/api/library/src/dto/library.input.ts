import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsNumber, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { MultiLineText, PageArgs } from '@community-hub/api-common';
import { SpaceTargetInput } from '@community-hub/api-networks';
import { DocumentKind } from '../entities/document.entity';

@InputType()
export class CreateFolderInput extends SpaceTargetInput {
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
export class RenameFolderInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'folderId must be an id' })
  folderId: string;

  @Field()
  @IsString()
  @MaxLength(120, { message: 'name must be at most 120 characters' })
  name: string;
}

@InputType()
export class RequestUploadInput extends SpaceTargetInput {
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

/** Details a document carries besides its title and kind (set on creation, changed later). */
@InputType({ isAbstract: true })
export abstract class DocumentDetailsFields {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'at most 10 tags' })
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags?: string[];

  @Field(() => ID, { nullable: true, description: 'Who looks after the document.' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be an id' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'reviewDate must be a date written YYYY-MM-DD' })
  reviewDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'meetingDate must be a date written YYYY-MM-DD' })
  meetingDate?: string | null;
}

@InputType()
export class CompleteUploadInput extends DocumentDetailsFields {
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
  @MultiLineText()
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

  @Field(() => DocumentKind, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentKind)
  kind?: DocumentKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tag?: string;
}

@InputType()
export class UpdateDocumentInput extends DocumentDetailsFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'documentId must be an id' })
  documentId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @MultiLineText()
  description?: string;

  @Field(() => DocumentKind, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentKind)
  kind?: DocumentKind;

  @Field(() => ID, { nullable: true, description: 'Move it to this folder.' })
  @IsOptional()
  @IsUUID('all', { message: 'folderId must be an id' })
  folderId?: string | null;
}
