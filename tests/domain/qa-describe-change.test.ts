import { describe, expect, it } from 'vitest';
import { describeChange } from '../../app/utils/describe-change';

describe('describeChange (history timeline lines)', () => {
  it('says "none" for an empty list instead of leaving the arrow dangling', () => {
    // A claim extracted without figures used to read "Figures: — →".
    expect(describeChange('figures', undefined, [])).toBe('Figures: — → none');
  });

  it('still lists figures and shows a missing value as a dash', () => {
    expect(describeChange('figures', null, ['948,000 people', 'nine civilians'])).toBe('Figures: — → 948,000 people, nine civilians');
    expect(describeChange('status', 'unreviewed', 'in_progress')).toBe('Status: Unreviewed → In progress');
  });
});
