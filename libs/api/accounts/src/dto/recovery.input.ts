import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, PASSWORD_HINT, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@community-hub/shared-validation';
import { SecretText } from '@community-hub/api-common';

/** Emailed tokens are 43 characters (32 random bytes, base64url); anything much longer is not one. */
const TOKEN_MAX_LENGTH = 200;

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The `token` parameter of the emailed link.' })
  @IsString()
  @MaxLength(TOKEN_MAX_LENGTH)
  @SecretText()
  token: string;

  @Field({ description: PASSWORD_HINT })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  @SecretText()
  newPassword: string;
}

@InputType()
export class RequestEmailChangeInput {
  @Field({ description: 'The address to use from now on; it takes effect once the link emailed there is followed.' })
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  newEmail: string;

  @Field({ description: 'The current password.' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  @SecretText()
  password: string;
}
