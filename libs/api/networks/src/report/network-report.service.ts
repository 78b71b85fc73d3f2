import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import type { Caller } from '@community-hub/api-common';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { NetworkReport, NetworkReportMonth, REPORT_COLUMNS } from './network-report.model';

const ZONE = 'Europe/London';
/** The calendar month (UK time) of a timestamptz, as a timestamp (no zone). */
const month = (column: string) => `date_trunc('month', ${column} AT TIME ZONE '${ZONE}')`;

/**
 * The network report's figures in one statement: each family of figures is
 * aggregated per month in its own CTE, over the report's window only, and joined
 * to the list of months. A read model across the domains' tables (as search is).
 * $1 network, $2 the window's first instant.
 */
const REPORT_SQL = `
WITH months AS (
  SELECT generate_series(${month('$2::timestamptz')}, ${month('now()')}, interval '1 month') AS month
),
activity AS (
  SELECT p.author_id AS user_id, ${month('p.created_at')} AS month
    FROM posts p JOIN threads t ON t.id = p.thread_id WHERE t.network_id = $1 AND p.created_at >= $2 AND p.hold_status IS NULL AND t.hold_status IS NULL
  UNION
  SELECT v.uploaded_by_id, ${month('v.created_at')}
    FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE d.network_id = $1 AND v.created_at >= $2
  UNION
  SELECT r.user_id, ${month('r.updated_at')}
    FROM event_rsvps r JOIN events e ON e.id = r.event_id WHERE e.network_id = $1 AND r.updated_at >= $2
),
active AS (
  SELECT a.month, count(DISTINCT a.user_id) AS members, count(DISTINCT m.organisation_id) AS organisations
    FROM activity a LEFT JOIN memberships m ON m.network_id = $1 AND m.user_id = a.user_id
   GROUP BY a.month
),
forum AS (
  SELECT ${month('p.created_at')} AS month, count(*) FILTER (WHERE p.position = 1) AS threads, count(*) FILTER (WHERE p.position > 1) AS replies
    FROM posts p JOIN threads t ON t.id = p.thread_id WHERE t.network_id = $1 AND p.created_at >= $2 AND p.hold_status IS NULL AND t.hold_status IS NULL
   GROUP BY 1
),
added AS (
  SELECT ${month('created_at')} AS month, count(*) AS n FROM documents WHERE network_id = $1 AND created_at >= $2 GROUP BY 1
),
downloaded AS (
  SELECT date_trunc('month', day::timestamp) AS month, sum(count) AS n FROM document_downloads
   WHERE network_id = $1 AND day >= ($2::timestamptz AT TIME ZONE '${ZONE}')::date GROUP BY 1
),
held AS (
  SELECT ${month('e.starts_at')} AS month, count(DISTINCT e.id) AS events,
         coalesce(sum(1 + r.guests) FILTER (WHERE r.status = 'GOING'), 0) AS going,
         count(r.user_id) FILTER (WHERE r.attended) AS attended
    FROM events e LEFT JOIN event_rsvps r ON r.event_id = e.id
   WHERE e.network_id = $1 AND e.status <> 'CANCELLED' AND e.starts_at >= $2 AND e.starts_at <= now()
   GROUP BY 1
),
opportunity AS (
  SELECT ${month('created_at')} AS month, count(*) AS n FROM opportunities WHERE network_id = $1 AND created_at >= $2 GROUP BY 1
),
formed AS (
  SELECT ${month('created_at')} AS month, count(*) AS n FROM consortia WHERE network_id = $1 AND created_at >= $2 GROUP BY 1
),
outcome AS (
  SELECT ${month('status_changed_at')} AS month,
         count(*) FILTER (WHERE status = 'SUBMITTED') AS submitted, count(*) FILTER (WHERE status = 'WON') AS won,
         count(*) FILTER (WHERE status = 'LOST') AS lost
    FROM consortia WHERE network_id = $1 AND status_changed_at >= $2 GROUP BY 1
)
SELECT to_char(mo.month, 'YYYY-MM') AS month,
       coalesce(active.members, 0)::int AS "activeMembers", coalesce(active.organisations, 0)::int AS "activeOrganisations",
       coalesce(forum.threads, 0)::int AS threads, coalesce(forum.replies, 0)::int AS replies,
       coalesce(added.n, 0)::int AS "documentsAdded", coalesce(downloaded.n, 0)::int AS "documentsDownloaded",
       coalesce(held.events, 0)::int AS "eventsHeld", coalesce(held.going, 0)::int AS going, coalesce(held.attended, 0)::int AS attended,
       coalesce(opportunity.n, 0)::int AS opportunities, coalesce(formed.n, 0)::int AS "consortiaFormed",
       coalesce(outcome.submitted, 0)::int AS "consortiaSubmitted", coalesce(outcome.won, 0)::int AS "consortiaWon",
       coalesce(outcome.lost, 0)::int AS "consortiaLost"
  FROM months mo
  LEFT JOIN active ON active.month = mo.month
  LEFT JOIN forum ON forum.month = mo.month
  LEFT JOIN added ON added.month = mo.month
  LEFT JOIN downloaded ON downloaded.month = mo.month
  LEFT JOIN held ON held.month = mo.month
  LEFT JOIN opportunity ON opportunity.month = mo.month
  LEFT JOIN formed ON formed.month = mo.month
  LEFT JOIN outcome ON outcome.month = mo.month
 ORDER BY mo.month`;

/** The network report for coordinators (and network or platform admins). */
@Injectable()
export class NetworkReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: SpaceAccessService,
  ) {}

  async report(caller: Caller | null, networkId: string, months: number): Promise<NetworkReport> {
    await this.access.require(caller, SpacePermission.MODERATE, networkId);
    const [{ start }]: { start: Date }[] = await this.db.query(
      `SELECT (date_trunc('month', now() AT TIME ZONE '${ZONE}') - make_interval(months => $1)) AT TIME ZONE '${ZONE}' AS start`,
      [months - 1],
    );
    const rows: NetworkReportMonth[] = await this.db.query(REPORT_SQL, [networkId, start]);
    const report = new NetworkReport();
    report.months = rows.map((row) => Object.assign(new NetworkReportMonth(), row));
    report.csv = stringify(report.months, { header: true, columns: REPORT_COLUMNS.map((key) => ({ key, header: key })) });
    return report;
  }
}
