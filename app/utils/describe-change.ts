import { statusLabel } from '../domain/claims/status';

const ACTIONS: Record<string, string> = {
  extract: 'extracted the claim from the article',
  status: 'changed the status',
  wording: 'reworded the claim',
  attribution: 'corrected who the claim is attributed to',
  rating: 'set the rating and verdict',
  assign: 'changed the assignment',
  'signoff-approve': 'approved the verdict (sign-off)',
  'signoff-return': 'sent the verdict back',
  'signoff-reopened': 'reopened the sign-off (the approved content changed)',
  dismiss: 'dismissed it as not a claim',
  restore: 'restored the claim',
  split: 'split the claim',
  'split-from': 'created this claim by splitting another',
  merge: 'merged the next claim into this one',
  'merged-into': 'merged this claim into another',
  'evidence-add': 'added evidence',
  'evidence-remove': 'removed evidence',
  'figure-record': 'recorded a figure from a source',
  comment: 'commented',
  'add-by-hand': 'added the claim by hand from the article text',
  'attach-measure': 'put a figure on a measure',
  'detach-measure': 'took a figure off its measure',
  correct: 'corrected a figure by hand',
  'source-changed': 'the article changed this passage (new version)',
  'source-removed': 'the article dropped this passage (new version)',
  'source-restored': 'the article has this passage again (new version)',
};

/** One line of the timeline: "added evidence: UNHCR flash update". */
export function describeAction(action: string, sourceTitle: string | null): string {
  const base = ACTIONS[action] ?? action;
  return sourceTitle ? `${base}: ${sourceTitle}` : base;
}

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'status') return statusLabel(String(value));
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'none';
  return String(value);
}

const FIELD_NAMES: Record<string, string> = {
  status: 'Status',
  signoff: 'Sign-off',
  rating: 'Rating',
  assignee: 'Assignee',
  dismissed_at: 'Dismissed',
  merged_into: 'Merged into claim',
  stance: 'Stance',
  figures: 'Figures',
  low: 'Low',
  high: 'High',
  as_of: 'As of',
  from_claim: 'Split from claim',
  measure_id: 'Measure number',
  measure: 'Measure',
  why: 'Why',
  qualifier: 'Qualifier',
  sourceState: 'In the article',
  version: 'Article version',
  quote: 'Quote',
  attribution: 'Attributed to',
};

export function describeChange(field: string, before: unknown, after: unknown): string {
  return `${FIELD_NAMES[field] ?? field}: ${show(field, before)} → ${show(field, after)}`;
}
