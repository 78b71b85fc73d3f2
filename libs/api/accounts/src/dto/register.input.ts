import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_HINT,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@community-hub/shared-validation';
import { SecretText } from '@community-hub/api-common';

@InputType()
export class RegisterInput {
  @Field()
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @Field({ description: PASSWORD_HINT })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  @SecretText()
  password: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(NAME_MAX_LENGTH)
  name: string;
}

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  @SecretText()
  password: string;

  @Field(() => String, {
    nullable: true,
    description: 'With two-factor on: the 6-digit code from the authenticator app, or one of the recovery codes.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @SecretText()
  code?: string | null;
}

@InputType()
export class UpdateProfileInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(NAME_MAX_LENGTH)
  name: string;
}
