import { useId } from 'react';

export interface BarSeries {
  label: string;
  values: number[];
}

/**
 * Simple accessible bars: one SVG per chart (labelled, with its numbers as text
 * on each bar) and, beside it, the same figures as a table for screen readers and
 * copying. No chart library.
 */
export function ReportBarChart({ title, months, series }: { title: string; months: string[]; series: BarSeries[] }) {
  const id = useId();
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const barWidth = 24;
  const gap = 6;
  const groupWidth = series.length * barWidth + gap * 2;
  const chartHeight = 140;
  const width = Math.max(months.length * groupWidth, 200);
  const height = chartHeight + 36;
  return (
    <figure className="report-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div className="report-chart-scroll">
        <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
          <desc id={`${id}-desc`}>
            {series.map((s) => `${s.label}: ${s.values.map((v, i) => `${months[i]} ${v}`).join(', ')}`).join('. ')}
          </desc>
          <line x1={0} x2={width} y1={chartHeight} y2={chartHeight} className="report-axis" />
          {months.map((month, m) => (
            <g key={month} transform={`translate(${m * groupWidth + gap}, 0)`}>
              {series.map((s, k) => {
                const h = Math.round((s.values[m] / max) * (chartHeight - 16));
                return (
                  <g key={s.label}>
                    <rect x={k * barWidth} y={chartHeight - h} width={barWidth - 4} height={h} className={`report-bar report-bar-${k}`} />
                    <text x={k * barWidth + (barWidth - 4) / 2} y={chartHeight - h - 3} textAnchor="middle" className="report-value">
                      {s.values[m]}
                    </text>
                  </g>
                );
              })}
              <text x={(series.length * barWidth) / 2} y={chartHeight + 16} textAnchor="middle" className="report-month">
                {month.slice(2)}
              </text>
            </g>
          ))}
        </svg>
      </div>
      {series.length > 1 ? (
        <p className="report-legend" aria-hidden="true">
          {series.map((s, k) => (
            <span key={s.label}>
              <span className={`report-swatch report-bar-${k}`} /> {s.label}
            </span>
          ))}
        </p>
      ) : null}
      <details>
        <summary>Figures as a table</summary>
        <div className="table-scroll">
          <table className="data-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                {series.map((s) => (
                  <th key={s.label} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {months.map((month, m) => (
                <tr key={month}>
                  <th scope="row">{month}</th>
                  {series.map((s) => (
                    <td key={s.label}>{s.values[m]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
