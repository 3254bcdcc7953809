import { describe, expect, it } from 'vitest';
import { applyClaimFilters, isHighlighted, parseClaimFilters, type FilterableClaim } from '../../app/domain/claims/claim-filters';
import { signoffState } from '../../app/domain/claims/signoff';
import { claimFromSelection } from '../../app/domain/claims/claim-by-hand';
import { describeInterval } from '../../app/utils/describe-interval';
import { describeInterval as exportInterval } from '../../app/domain/export/format';

const claim = (over: Partial<FilterableClaim> & { id: number }): FilterableClaim => ({
  start: over.id * 10,
  status: 'unreviewed',
  signoffState: 'none',
  checkWorthy: false,
  checkworthiness: 0.1,
  figureCount: 0,
  assigneeId: null,
  updatedAt: '2026-12-01T10:00:00.000Z',
  ...over,
});

describe('claim list filters', () => {
  const claims = [
    claim({ id: 1, status: 'verified', signoffState: 'approved', checkWorthy: true, checkworthiness: 0.9, figureCount: 2, assigneeId: 7 }),
    claim({ id: 2, signoffState: 'none', checkworthiness: 0.3, updatedAt: '2026-12-02T09:00:00.000Z' }),
    claim({ id: 3, status: 'false', signoffState: 'changed', checkWorthy: true, checkworthiness: 0.7, figureCount: 1 }),
  ];
  const ids = (q: string) => applyClaimFilters(claims, parseClaimFilters(new URLSearchParams(q))).map((c) => c.id);

  it('filters by status, sign-off state, check-worthiness, figures and assignee', () => {
    expect(ids('status=false')).toEqual([3]);
    expect(ids('signoff=changed')).toEqual([3]);
    expect(ids('worthy=1')).toEqual([1, 3]);
    expect(ids('figures=1&worthy=1')).toEqual([1, 3]);
    expect(ids('assignee=7')).toEqual([1]);
    expect(ids('assignee=none')).toEqual([2, 3]);
  });

  it('sorts by position, check-worthiness or last change', () => {
    expect(ids('')).toEqual([1, 2, 3]);
    expect(ids('sort=worthiness')).toEqual([1, 3, 2]);
    expect(ids('sort=changed')).toEqual([2, 1, 3]);
  });

  it('reads unknown values as no filter', () => {
    expect(ids('status=mostly&signoff=x&assignee=-1&sort=random')).toEqual([1, 2, 3]);
  });

  it('highlights check-worthy and worked-on claims unless all are asked for', () => {
    expect(isHighlighted({ checkWorthy: false, status: 'unreviewed' }, false)).toBe(false);
    expect(isHighlighted({ checkWorthy: false, status: 'in_progress' }, false)).toBe(true);
    expect(isHighlighted({ checkWorthy: true, status: 'unreviewed' }, false)).toBe(true);
    expect(isHighlighted({ checkWorthy: false, status: 'unreviewed' }, true)).toBe(true);
  });
});

describe('sign-off state', () => {
  it('is approved only while the content matches, and "changed" after a reopening', () => {
    expect(signoffState({ signoff: 'approved', contentMatches: true, reopened: false })).toBe('approved');
    expect(signoffState({ signoff: 'approved', contentMatches: false, reopened: false })).toBe('changed');
    expect(signoffState({ signoff: 'pending', contentMatches: false, reopened: true })).toBe('changed');
    expect(signoffState({ signoff: 'pending', contentMatches: false, reopened: false })).toBe('pending');
    expect(signoffState({ signoff: 'returned', contentMatches: false, reopened: false })).toBe('sent-back');
  });
});

describe('a claim added by hand', () => {
  const body = 'Aid arrived on Monday.  More than 300 civilians have been killed, the UN said.  Talks go on.';

  it('anchors the selection (edges trimmed) and reads its figures and source as extraction does', () => {
    const start = body.indexOf('More') - 1;
    const end = body.indexOf('Talks') - 1;
    const c = claimFromSelection(body, start, end, { language: 'en' });
    expect(c.anchor.quote).toBe('More than 300 civilians have been killed, the UN said.');
    expect(body.slice(c.anchor.start, c.anchor.end)).toBe(c.anchor.quote);
    expect(c.anchor.prefix.endsWith('on Monday.  ')).toBe(true);
    expect(c.figures).toHaveLength(1);
    expect(c.figures[0]).toMatchObject({ low: 300, high: null, qualifier: 'more_than' });
    expect(c.attribution).toMatch(/UN/);
    expect(c.checkworthiness).toBeGreaterThan(0);
  });

  it('refuses an empty, reversed or out-of-range selection', () => {
    expect(() => claimFromSelection(body, 22, 24, {})).toThrow(/Select some/);
    expect(() => claimFromSelection(body, 10, 5, {})).toThrow(/Select some/);
    expect(() => claimFromSelection(body, 0, body.length + 1, {})).toThrow(/Select some/);
  });
});

describe('strict bounds read as strict', () => {
  it('shows "more than 60" as > 60, never ≥ 60', () => {
    expect(describeInterval(60, null, 'more_than')).toBe('> 60');
    expect(describeInterval(60, null, 'at_least')).toBe('≥ 60');
    expect(describeInterval(null, 60, 'fewer_than')).toBe('< 60');
    expect(exportInterval(60, null, 'more_than')).toBe('more than 60');
    expect(exportInterval(60, null)).toBe('at least 60');
  });
});
