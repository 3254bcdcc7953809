import { rangeScale } from '../domain/measures/range-scale';
import { describeInterval } from '../utils/describe-interval';

export interface ChartFigure {
  id: number;
  label: string;
  low: number | null;
  high: number | null;
  /** The figure's qualifier: "more than 300" reads "> 300", "at least 300" "≥ 300". */
  qualifier?: string | null;
  /** Drawn in the conflict colour: part of a disjoint pair. */
  disjoint: boolean;
  /** Not compared with the others (a one-day toll among running totals). */
  otherScope: boolean;
}

const ROW = 26;
const LEFT = 250;
const RIGHT = 24;
const TOP = 28;
const WIDTH = 900;

/**
 * One bar per figure from low to high; an open end runs to the edge as an
 * arrow; the accepted estimate is a band behind the bars. Log scale when the
 * values span more than two orders of magnitude.
 */
export function RangeChart(props: { title: string; figures: ChartFigure[]; accepted: { low: number | null; high: number | null } }) {
  const { figures, accepted } = props;
  // An open upper end ("more than 60") gets a fifth of headroom past its
  // bound, so its arrow shows beyond the number and is not lost at the edge.
  const values = [
    ...figures.flatMap((f) => [f.low, f.high, f.high === null && f.low !== null && f.low > 0 ? f.low * 1.2 : null]),
    accepted.low,
    accepted.high,
  ].filter((v): v is number => v !== null);
  const scale = rangeScale(values);
  const plotW = WIDTH - LEFT - RIGHT;
  const height = TOP + figures.length * ROW + 30;
  const x = (v: number) => LEFT + scale.at(v) * plotW;
  const hasBand = accepted.low !== null || accepted.high !== null;
  const desc = `${figures.length} figures on a ${scale.kind === 'log' ? 'logarithmic' : 'linear'} scale from ${scale.labels[0]} to ${scale.labels.at(-1)}${
    hasBand ? `; accepted estimate ${describeInterval(accepted.low, accepted.high)}` : ''
  }. ${figures.map((f) => `${f.label}: ${describeInterval(f.low, f.high, f.qualifier)}`).join('; ')}.`;
  return (
    <svg
      className="range-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby="range-chart-title range-chart-desc"
    >
      <title id="range-chart-title">{props.title}</title>
      <desc id="range-chart-desc">{desc}</desc>
      <defs>
        {(['plain', 'disjoint', 'other'] as const).map((k) => (
          <marker key={k} id={`arrow-${k}`} viewBox="0 0 10 10" refX="2" refY="5" markerUnits="userSpaceOnUse" markerWidth="14" markerHeight="14" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className={`arrow-head arrow-${k}`} />
          </marker>
        ))}
      </defs>
      {scale.ticks.map((t, i) => (
        <g key={t} className="tick">
          <line x1={x(t)} x2={x(t)} y1={TOP - 6} y2={height - 24} />
          <text x={x(t)} y={height - 8} textAnchor="middle">
            {scale.labels[i]}
          </text>
        </g>
      ))}
      {hasBand ? (
        <g className="accepted-band">
          <rect
            x={accepted.low === null ? LEFT : x(accepted.low)}
            width={Math.max(2, (accepted.high === null ? LEFT + plotW : x(accepted.high)) - (accepted.low === null ? LEFT : x(accepted.low)))}
            y={TOP - 6}
            height={figures.length * ROW + 4}
          />
          <text x={(accepted.low === null ? LEFT : x(accepted.low)) + 4} y={TOP - 10}>
            accepted {describeInterval(accepted.low, accepted.high)}
          </text>
        </g>
      ) : null}
      <text x={LEFT - 8} y={14} textAnchor="end" className="scale-note">
        {scale.kind === 'log' ? 'log scale' : 'linear scale'}
      </text>
      {figures.map((f, i) => {
        const y = TOP + i * ROW + ROW / 2;
        const x1 = f.low === null ? LEFT : x(f.low);
        const x2 = f.high === null ? LEFT + plotW : x(f.high);
        const point = f.low !== null && f.low === f.high;
        const cls = `bar${f.disjoint ? ' bar-disjoint' : ''}${f.otherScope ? ' bar-other-scope' : ''}`;
        const arrow = `url(#arrow-${f.disjoint ? 'disjoint' : f.otherScope ? 'other' : 'plain'})`;
        // Open ends stop short of the edge so the arrow head fits inside the plot.
        const end1 = f.low === null ? x1 + 10 : x1;
        const end2 = f.high === null ? x2 - 10 : x2;
        const labelRight = x1 > LEFT + plotW * 0.75;
        return (
          <g key={f.id} className={cls}>
            <text x={LEFT - 8} y={y + 4} textAnchor="end" className="bar-label">
              {f.label.length > 38 ? `${f.label.slice(0, 37)}…` : f.label}
            </text>
            {point ? (
              <circle cx={x1} cy={y} r={5} />
            ) : (
              <line
                x1={end1}
                x2={end2}
                y1={y}
                y2={y}
                markerStart={f.low === null ? arrow : undefined}
                markerEnd={f.high === null ? arrow : undefined}
              />
            )}
            <text x={labelRight ? x1 : x1 + (point ? 8 : 0)} y={y - 7} textAnchor={labelRight ? 'end' : 'start'} className="bar-value">
              {describeInterval(f.low, f.high)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
