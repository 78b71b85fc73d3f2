import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsNumber, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

@InputType()
export class RequestLibraryImportUploadInput {
  @Field(() => ID, { description: 'The network whose library receives the files.' })
  @IsUUID('all', { message: 'networkId must be an id' })
  networkId: string;

  @Field({ description: "The zip's name (ends in .zip)." })
  @IsString()
  @MaxLength(255, { message: 'filename must be at most 255 characters' })
  filename: string;

  @Field(() => Float, { description: 'Exact size of the zip in bytes.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1, { message: 'an empty file cannot be uploaded' })
  size: number;
}

@InputType()
export class StartLibraryImportInput {
  @Field(() => ID, { description: 'The upload of the zip (requestLibraryImportUpload), its bytes sent.' })
  @IsUUID('all', { message: 'uploadId must be an id' })
  uploadId: string;

  @Field(() => ID, { nullable: true, description: "Where the zip's top level goes; omitted: the library's top level." })
  @IsOptional()
  @IsUUID('all', { message: 'folderId must be an id' })
  folderId?: string | null;
}
