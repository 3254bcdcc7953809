/**
 * Amounts as people type them: thousands separators allowed. (The measure
 * forms themselves are zod schemas in app/utils/measure-form.ts.)
 */

/**
 * A number as people type it ("948,000", " 1e6 " is refused), null for empty.
 *
 * @example parseAmount('948,000') // 948000
 */
export function parseAmount(raw: string): number | null | 'invalid' {
  const t = raw.trim().replace(/[,\s]/g, '');
  if (t === '') return null;
  if (!/^\d+(\.\d+)?$/.test(t)) return 'invalid';
  const n = Number(t);
  return Number.isFinite(n) ? n : 'invalid';
}

/** A hand correction of a figure's interval: at least one bound, low ≤ high. */
export function parseCorrection(raw: { low: string; high: string }): { ok: true; low: number | null; high: number | null } | { ok: false; error: string } {
  const low = parseAmount(raw.low);
  const high = parseAmount(raw.high);
  if (low === 'invalid' || high === 'invalid') return { ok: false, error: 'Bounds must be plain numbers (leave one empty for an open end)' };
  if (low === null && high === null) return { ok: false, error: 'Give at least one bound' };
  if (low !== null && high !== null && low > high) return { ok: false, error: 'The low bound is above the high bound' };
  return { ok: true, low, high };
}
