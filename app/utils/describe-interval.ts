/** How an interval reads to a person: `describeInterval(900000, 1000000) === '900,000 – 1,000,000'`. */
export function describeInterval(low: number | null, high: number | null): string {
  const n = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (low === null && high === null) return 'unbounded';
  if (low === null) return `≤ ${n(high!)}`;
  if (high === null) return `≥ ${n(low)}`;
  if (low === high) return n(low);
  return `${n(low)} – ${n(high)}`;
}
