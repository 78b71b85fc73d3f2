import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { MultiLineText } from '@community-hub/api-common';
import { StatementKind } from '../entities/statement-version.entity';

export const STATEMENT_MAX_LENGTH = 100_000;

@InputType()
export class UpdateStatementInput {
  @Field(() => StatementKind)
  @IsEnum(StatementKind)
  kind: StatementKind;

  @Field({ description: 'The whole new text, in Markdown. Publishing it makes the next version.' })
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(STATEMENT_MAX_LENGTH)
  @MultiLineText()
  body: string;
}
