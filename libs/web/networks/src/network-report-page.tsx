import { useState } from 'react';
import { useQuery } from 'urql';
import { useSession } from '@community-hub/web-accounts';
import { describeError, type NetworkReportQuery } from '@community-hub/web-graphql';
import { Button, ErrorAlert, Loading, useDocumentTitle } from '@community-hub/web-ui';
import { canCoordinate } from './labels';
import { useNetworkContext } from './network-context';
import { networkReportQuery } from './network-admin.documents';
import { ReportBarChart, type BarSeries } from './report-bar-chart';

type Month = NonNullable<NetworkReportQuery['network']>['report']['months'][number];

const CHARTS: { title: string; series: [keyof Month, string][] }[] = [
  { title: 'Active members and organisations', series: [['activeMembers', 'Members'], ['activeOrganisations', 'Organisations']] },
  { title: 'Discussions', series: [['threads', 'New threads'], ['replies', 'Replies']] },
  { title: 'Library', series: [['documentsAdded', 'Documents added'], ['documentsDownloaded', 'Downloads']] },
  { title: 'Events', series: [['eventsHeld', 'Events held'], ['going', 'Going'], ['attended', 'Attended']] },
  { title: 'Opportunities and consortia', series: [['opportunities', 'Opportunities'], ['consortiaFormed', 'Consortia formed'], ['consortiaWon', 'Won'], ['consortiaLost', 'Lost']] },
];

/** /n/:slug/report: the network's activity month by month, as charts, tables and a CSV (coordinators). */
export function NetworkReportPage() {
  const { network } = useNetworkContext();
  const { user } = useSession();
  useDocumentTitle(`Report · ${network.name}`);
  const allowed = canCoordinate(network.myMembership, user);
  const [months, setMonths] = useState(12);
  const [{ data, fetching, error }] = useQuery({ query: networkReportQuery, variables: { slug: network.slug, months }, pause: !allowed });
  if (!allowed) return <ErrorAlert title="Coordinators only">Only the network&apos;s coordinators and admins can see its report.</ErrorAlert>;
  const report = data?.network?.report;

  function download() {
    if (!report) return;
    const url = URL.createObjectURL(new Blob([report.csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${network.slug}-report.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <section aria-labelledby="report-heading" className="stack">
      <div className="row-between">
        <h2 id="report-heading">Network report</h2>
        <div className="actions">
          <div className="field inline-field">
            <label htmlFor="report-months">Months</label>
            <select id="report-months" value={months} onChange={(e) => setMonths(Number(e.target.value))}>
              <option value={3}>Last 3</option>
              <option value={6}>Last 6</option>
              <option value={12}>Last 12</option>
              <option value={24}>Last 24</option>
            </select>
          </div>
          <Button onClick={download} disabled={!report}>
            Download CSV
          </Button>
        </div>
      </div>
      <p className="muted">
        Active means posted, replied, uploaded or answered an event that month. Downloads count download links handed out. Attendance is what organisers
        mark on each event&apos;s page. Months are UK calendar months.
      </p>
      <ErrorAlert>{describeError(error)?.message}</ErrorAlert>
      {fetching && !report ? <Loading label="Loading the report…" /> : null}
      {report ? (
        <div className="report-grid">
          {CHARTS.map((chart) => {
            const series: BarSeries[] = chart.series.map(([key, label]) => ({ label, values: report.months.map((m) => Number(m[key])) }));
            return <ReportBarChart key={chart.title} title={chart.title} months={report.months.map((m) => m.month)} series={series} />;
          })}
        </div>
      ) : null}
    </section>
  );
}
