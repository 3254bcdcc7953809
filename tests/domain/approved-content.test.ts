import { describe, expect, it } from 'vitest';
import { approvedContent, approvedContentHash, type ApprovedContentInput } from '../../app/domain/claims/approved-content';

const base: ApprovedContentInput = {
  claim: { text: 'The clinic treated 412 patients in March.', quote: 'treated 412 patients in March', attribution: 'the ministry', status: 'verified', rating: 'True', verdict: 'Matches the clinic register.', },
  article: { title: 'Clinic under strain', url: 'https://paper.example/clinic', publisher: 'The Paper', publishedAt: '2021-04-02' },
  figures: [
    { text: '412 patients', low: 412, high: 412, qualifier: 'exact', unit: 'count', asOf: null },
    { text: 'March', low: 3, high: 3, qualifier: 'exact', unit: 'month', asOf: null },
  ],
  evidence: [
    { stance: 'supports', excerpt: 'Register: 412 visits', note: null, sourceTitle: 'Clinic register', sourceUrl: 'https://clinic.example/register', sourcePublisher: 'Clinic' },
    { stance: 'context', excerpt: null, note: 'Counts visits, not people', sourceTitle: 'Health bulletin', sourceUrl: 'https://health.example/b', sourcePublisher: null },
  ],
};

describe('approved content hash', () => {
  it('is the same whatever order figures and evidence come in, and ignores row ids and timestamps', () => {
    const shuffled = {
      ...base,
      figures: [...base.figures].reverse().map((f, i) => ({ ...f, id: 900 + i, claimId: 7 })),
      evidence: [...base.evidence].reverse().map((e, i) => ({ ...e, id: 50 + i, createdAt: '2030-01-01' })),
      claim: { verdict: base.claim.verdict, rating: base.claim.rating, status: base.claim.status, attribution: base.claim.attribution, quote: base.claim.quote, text: base.claim.text },
    };
    expect(approvedContentHash(shuffled)).toBe(approvedContentHash(base));
    expect(approvedContentHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads numbers given as strings (another engine) as the same numbers', () => {
    const asStrings = { ...base, figures: base.figures.map((f) => ({ ...f, low: String(f.low), high: String(f.high) })) };
    expect(approvedContentHash(asStrings)).toBe(approvedContentHash(base));
  });

  it.each([
    ['wording', { ...base, claim: { ...base.claim, text: 'The clinic treated 421 patients in March.' } }],
    ['status', { ...base, claim: { ...base.claim, status: 'misleading' } }],
    ['rating', { ...base, claim: { ...base.claim, rating: 'Mostly true' } }],
    ['verdict', { ...base, claim: { ...base.claim, verdict: 'Roughly matches.' } }],
    ['a figure bound', { ...base, figures: [{ ...base.figures[0], high: 450 }, base.figures[1]] }],
    ['evidence removed', { ...base, evidence: base.evidence.slice(1) }],
    ['a stance', { ...base, evidence: [{ ...base.evidence[0], stance: 'refutes' }, base.evidence[1]] }],
    ['the source URL', { ...base, evidence: [{ ...base.evidence[0], sourceUrl: 'https://clinic.example/other' }, base.evidence[1]] }],
    ['the article title', { ...base, article: { ...base.article, title: 'Clinic overwhelmed' } }],
  ])('changes when %s changes', (_, changed) => {
    expect(approvedContentHash(changed)).not.toBe(approvedContentHash(base));
  });

  it('keeps only what was approved, with keys in a stable order', () => {
    const content = approvedContent({ ...base, figures: [{ ...base.figures[0], id: 3 } as never] });
    expect(Object.keys(content)).toEqual(['claim', 'article', 'figures', 'evidence']);
    expect(content.figures[0]).toEqual({ text: '412 patients', low: 412, high: 412, qualifier: 'exact', unit: 'count', asOf: null });
  });
});
