import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { StatementKind } from '../entities/statement-version.entity';

registerEnumType(StatementKind, {
  name: 'StatementKind',
  description: 'The public statements: /accessibility, /privacy and /terms.',
});

@ObjectType({ description: 'The current text of a public statement (accessibility, privacy, terms).' })
export class Statement {
  @Field(() => StatementKind)
  kind: StatementKind;

  @Field({ description: 'Markdown, as written by a platform admin (or the default text).' })
  body: string;

  @Field(() => Int, { description: 'Starts at 1 (the default text); every edit publishes the next version.' })
  version: number;

  @Field(() => Date, { nullable: true, description: 'When this version was published; null for the default text.' })
  publishedAt: Date | null;
}
