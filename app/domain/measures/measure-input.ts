/**
 * A measure's fields as typed into a form: numbers may carry thousands
 * separators; the accepted estimate needs a rationale and low ≤ high.
 */
import type { MeasureFieldsInput } from './types';

export type FieldErrors = Partial<Record<keyof MeasureFieldsInput, string>>;

const UNITS = new Set(['count', 'percent', 'money']);

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

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseMeasureFields(raw: Record<string, string>): { ok: true; value: MeasureFieldsInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const text = (k: string, max: number) => {
    const v = (raw[k] ?? '').trim();
    if (v.length > max) errors[k as keyof MeasureFieldsInput] = `At most ${max} characters`;
    return v === '' ? null : v;
  };
  const label = text('label', 200);
  if (!label) errors.label = 'Say what the figures estimate, e.g. "People displaced in Idlib since 1 Dec 2019"';
  const unit = (raw.unit ?? 'count').trim() || 'count';
  if (!UNITS.has(unit)) errors.unit = 'Unit must be count, percent or money';
  const place = text('place', 200);
  const periodStart = text('periodStart', 10);
  const periodEnd = text('periodEnd', 10);
  if (periodStart && !DATE.test(periodStart)) errors.periodStart = 'Use YYYY-MM-DD';
  if (periodEnd && !DATE.test(periodEnd)) errors.periodEnd = 'Use YYYY-MM-DD';
  if (periodStart && periodEnd && DATE.test(periodStart) && DATE.test(periodEnd) && periodStart > periodEnd) {
    errors.periodEnd = 'The window ends before it starts';
  }
  const low = parseAmount(raw.acceptedLow ?? '');
  const high = parseAmount(raw.acceptedHigh ?? '');
  if (low === 'invalid') errors.acceptedLow = 'A plain number, e.g. 900,000';
  if (high === 'invalid') errors.acceptedHigh = 'A plain number, e.g. 1,000,000';
  if (typeof low === 'number' && typeof high === 'number' && low > high) errors.acceptedHigh = 'High must not be below low';
  const rationale = text('rationale', 2000);
  if ((typeof low === 'number' || typeof high === 'number') && !rationale) {
    errors.rationale = 'Say why you accept this estimate';
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      label: label!,
      unit,
      place,
      periodStart,
      periodEnd,
      acceptedLow: low as number | null,
      acceptedHigh: high as number | null,
      rationale,
    },
  };
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
