import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_REPORT_MONTHS = 36;

@ArgsType()
export class NetworkReportArgs {
  @Field(() => Int, { defaultValue: 12, description: `Calendar months (UK time) up to and including this one, 1-${MAX_REPORT_MONTHS}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_REPORT_MONTHS)
  months: number;
}

@ObjectType({ description: 'One calendar month (UK time) of a network report.' })
export class NetworkReportMonth {
  @Field({ description: 'YYYY-MM.' })
  month: string;

  @Field(() => Int, { description: 'People who posted, replied, uploaded or answered an event that month.' })
  activeMembers: number;

  @Field(() => Int, { description: 'Organisations those people represent in the network.' })
  activeOrganisations: number;

  @Field(() => Int)
  threads: number;

  @Field(() => Int)
  replies: number;

  @Field(() => Int)
  documentsAdded: number;

  @Field(() => Int, { description: 'Download links handed out.' })
  documentsDownloaded: number;

  @Field(() => Int, { description: 'Events that took place (started, not cancelled).' })
  eventsHeld: number;

  @Field(() => Int, { description: 'Places taken by people going to those events, guests included.' })
  going: number;

  @Field(() => Int, { description: 'People the organisers marked as attended.' })
  attended: number;

  @Field(() => Int)
  opportunities: number;

  @Field(() => Int)
  consortiaFormed: number;

  @Field(() => Int, { description: 'Consortia that submitted a bid that month.' })
  consortiaSubmitted: number;

  @Field(() => Int)
  consortiaWon: number;

  @Field(() => Int)
  consortiaLost: number;
}

/** Column order of the report's CSV (and its header names). */
export const REPORT_COLUMNS: (keyof NetworkReportMonth)[] = [
  'month',
  'activeMembers',
  'activeOrganisations',
  'threads',
  'replies',
  'documentsAdded',
  'documentsDownloaded',
  'eventsHeld',
  'going',
  'attended',
  'opportunities',
  'consortiaFormed',
  'consortiaSubmitted',
  'consortiaWon',
  'consortiaLost',
];

@ObjectType({ description: 'What happened in a network, month by month: evidence for commissioners.' })
export class NetworkReport {
  @Field(() => [NetworkReportMonth], { description: 'Oldest first.' })
  months: NetworkReportMonth[];

  @Field({ description: 'The same figures as CSV (a header row, then one row per month).' })
  csv: string;
}
