import { describe, expect, it } from 'vitest';
import { attributionOf, contextOf, dateOf, originOf, reviewOf } from '../../app/domain/measures/provenance';

const fromArticle = {
  text: 'about 12,000',
  claimText: 'About 12,000 families left the valley last week.',
  claimId: 4,
  attribution: 'the regional governor',
  articleTitle: 'Families leave the valley',
  articlePublishedAt: '2025-03-02',
  sourceTitle: null,
  sourcePublisher: null,
  sourcePublishedAt: null,
  asOf: null,
};
const fromSource = {
  text: '11,400 families',
  claimText: null,
  claimId: null,
  attribution: null,
  articleTitle: null,
  articlePublishedAt: null,
  sourceTitle: 'Valley displacement snapshot',
  sourcePublisher: 'Relief cluster',
  sourcePublishedAt: '2025-03-05',
  asOf: '2025-03-01',
};

describe('where a figure comes from', () => {
  it('names the article or the source, and who gives the figure', () => {
    expect(originOf(fromArticle)).toBe('Families leave the valley');
    expect(originOf(fromSource)).toBe('Valley displacement snapshot');
    expect(attributionOf(fromArticle)).toBe('the regional governor');
    expect(attributionOf(fromSource)).toBe('Relief cluster');
  });

  it('dates a figure by its own "as of" before any publication date', () => {
    expect(dateOf(fromArticle)).toBe('2025-03-02');
    expect(dateOf(fromSource)).toBe('2025-03-01');
    expect(dateOf({ asOf: null, articlePublishedAt: null, sourcePublishedAt: null })).toBeNull();
  });

  it('matches on the sentence when there is one, else on the figure, with its origin', () => {
    expect(contextOf(fromArticle)).toBe('About 12,000 families left the valley last week.. Families leave the valley');
    expect(contextOf(fromSource)).toBe('11,400 families. Valley displacement snapshot');
  });
});

describe('how far the desk has checked a figure', () => {
  it('gives a claim figure its status and sign-off, and a source figure "Source"', () => {
    expect(reviewOf({ claimId: 4, claimStatus: 'verified', claimSignoff: 'approved' })).toBe('Verified, signed off');
    expect(reviewOf({ claimId: 4, claimStatus: 'false', claimSignoff: 'pending' })).toBe('False, awaiting sign-off');
    expect(reviewOf({ claimId: 4, claimStatus: 'misleading', claimSignoff: 'returned' })).toBe('Misleading, sent back');
    expect(reviewOf({ claimId: 4, claimStatus: 'unreviewed', claimSignoff: 'none' })).toBe('Unreviewed, not signed off');
    expect(reviewOf({ claimId: 4 })).toBe('Unreviewed, not signed off');
    expect(reviewOf({ claimId: null, claimStatus: null, claimSignoff: null })).toBe('Source');
  });
});
