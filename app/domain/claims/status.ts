/** Verification statuses, in workflow order; the digit is the review-screen shortcut. */
export const STATUSES = [
  { value: 'unreviewed', label: 'Unreviewed', key: '1', final: false },
  { value: 'in_progress', label: 'In progress', key: '2', final: false },
  { value: 'verified', label: 'Verified', key: '3', final: true },
  { value: 'false', label: 'False', key: '4', final: true },
  { value: 'misleading', label: 'Misleading', key: '5', final: true },
  { value: 'unverifiable', label: 'Unverifiable', key: '6', final: true },
] as const;

export type ClaimStatus = (typeof STATUSES)[number]['value'];

export const FINAL_STATUSES: readonly ClaimStatus[] = STATUSES.filter((s) => s.final).map((s) => s.value);

/** Narrows untrusted input to a status, or null: `parseStatus('verified')`. */
export function parseStatus(value: unknown): ClaimStatus | null {
  return STATUSES.find((s) => s.value === value)?.value ?? null;
}

export function statusLabel(status: string): string {
  return STATUSES.find((s) => s.value === status)?.label ?? status;
}

/** The status bound to a digit key on the review screen: `statusForKey('3') === 'verified'`. */
export function statusForKey(key: string): ClaimStatus | null {
  return STATUSES.find((s) => s.key === key)?.value ?? null;
}
