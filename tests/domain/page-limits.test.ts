import { describe, expect, it } from 'vitest';
import {
  assertFiguresWithinLimit,
  assertSentencesWithinLimit,
  assertPageWithinLimits,
  PAGE_LIMITS,
  PageLimitError,
} from '../../app/domain/extraction/page-limits';

const nested = (depth: number, inner = 'Officials said 40 people were hurt.') =>
  `<html><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;

describe('page limits', () => {
  it('refuses a page nested thousands deep, saying why', () => {
    expect(() => assertPageWithinLimits(nested(5_000))).toThrow(PageLimitError);
    expect(() => assertPageWithinLimits(nested(5_000))).toThrow(/nests its elements more than 150 deep/);
  });

  it('takes an ordinary page nested a few dozen deep', () => {
    expect(() => assertPageWithinLimits(nested(60))).not.toThrow();
  });

  it('counts depth as the parser builds it: thousands of unclosed <p> and <li> are siblings, not nesting', () => {
    const paragraphs = '<p>A council member said 12 shops had closed.'.repeat(3_000);
    const items = '<ul>' + '<li>One of 7 roads was shut'.repeat(3_000) + '</ul>';
    expect(() => assertPageWithinLimits(`<html><body>${paragraphs}${items}</body></html>`)).not.toThrow();
  });

  it('refuses a page with more elements than the limit', () => {
    const html = `<html><body>${'<span>x</span>'.repeat(PAGE_LIMITS.maxElements + 10)}</body></html>`;
    expect(() => assertPageWithinLimits(html)).toThrow(/more than 60,000 HTML elements/);
  });

  it('refuses an article with more figures than the limit, naming the count', () => {
    expect(() => assertFiguresWithinLimit(PAGE_LIMITS.maxFigures)).not.toThrow();
    expect(() => assertFiguresWithinLimit(20_000)).toThrow(/20,000 figures/);
  });

  it('refuses a text of more sentences than an article holds, naming the count', () => {
    expect(() => assertSentencesWithinLimit(PAGE_LIMITS.maxSentences)).not.toThrow();
    expect(() => assertSentencesWithinLimit(17_444)).toThrow(/17,444 sentences, more than the 4,000 one article may hold/);
  });
});
