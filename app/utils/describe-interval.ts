/**
 * How an interval reads to a person: `describeInterval(900000, 1000000) === '900,000 – 1,000,000'`.
 * With the figure's qualifier a strict bound reads as strict:
 * `describeInterval(60, null, 'more_than') === '> 60'` ("more than 60" excludes 60).
 */
export function describeInterval(low: number | null, high: number | null, qualifier?: string | null): string {
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (low === null && high === null) return 'unbounded';
  if (low === null) return `${qualifier === 'fewer_than' ? '<' : '≤'} ${n(high!)}`;
  if (high === null) return `${qualifier === 'more_than' ? '>' : '≥'} ${n(low)}`;
  if (low === high) return n(low);
  return `${n(low)} – ${n(high)}`;
}
