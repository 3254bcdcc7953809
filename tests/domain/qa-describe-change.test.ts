import { describe, expect, it } from 'vitest';
import { describeAction, describeChange } from '../../app/utils/describe-change';

describe('describeChange (history timeline lines)', () => {
  it('says "none" for an empty list instead of leaving the arrow dangling', () => {
    // A claim extracted without figures used to read "Figures: — →".
    expect(describeChange('figures', undefined, [])).toBe('Figures: — → none');
  });

  it('still lists figures and shows a missing value as a dash', () => {
    expect(describeChange('figures', null, ['948,000 people', 'nine civilians'])).toBe('Figures: — → 948,000 people, nine civilians');
    expect(describeChange('status', 'unreviewed', 'in_progress')).toBe('Status: Unreviewed → In progress');
  });

  it('names measure and version changes in words, not stored keys', () => {
    expect(describeAction('attach-measure', null)).toBe('put a figure on a measure');
    expect(describeAction('source-removed', null)).toBe('the article dropped this passage (new version)');
    expect(describeChange('measure', null, 'People displaced in the valley')).toBe('Measure: — → People displaced in the valley');
    expect(describeChange('measure_id', null, 7)).toBe('Measure number: — → 7');
  });
});
