import { describe, expect, it } from 'vitest';
import { readHtmlMetadata } from '../../app/domain/articles/html-metadata';

const head = (tags: string, body = '<p>Text.</p>') => `<!doctype html><html><head>${tags}</head><body>${body}</body></html>`;

describe('readHtmlMetadata', () => {
  it('reads Open Graph, meta author and the canonical link', () => {
    const meta = readHtmlMetadata(
      head(`<meta property="og:site_name" content="The Valley Post">
        <meta property="article:published_time" content="2025-03-14T22:10:00+03:00">
        <meta name="author" content="Sara Lind">
        <link rel="canonical" href="https://valleypost.example/news/dam-bursts">`),
    );
    expect(meta).toEqual({
      publisher: 'The Valley Post',
      publishedAt: '2025-03-14',
      author: 'Sara Lind',
      canonicalUrl: 'https://valleypost.example/news/dam-bursts',
    });
  });

  it('prefers JSON-LD NewsArticle, in a @graph, with lists of authors', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Ignored site' },
        {
          '@type': ['NewsArticle'],
          headline: 'Dam bursts',
          datePublished: '2024-11-02T08:00:00Z',
          author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Tom Lee' }],
          publisher: { '@type': 'Organization', name: 'Harbour Gazette' },
          mainEntityOfPage: { '@id': 'https://gazette.example/a/123' },
        },
      ],
    });
    const meta = readHtmlMetadata(
      head(`<meta property="og:site_name" content="Gazette"><script type="application/ld+json">${ld}</script>`),
    );
    expect(meta).toEqual({
      publisher: 'Harbour Gazette',
      publishedAt: '2024-11-02',
      author: 'Ana Ruiz, Tom Lee',
      canonicalUrl: 'https://gazette.example/a/123',
    });
  });

  it('ignores what is not usable: broken JSON-LD, profile URLs as authors, bad dates, non-http links', () => {
    const meta = readHtmlMetadata(
      head(`<script type="application/ld+json">{ "@type": "NewsArticle", </script>
        <meta property="article:author" content="https://social.example/sara">
        <meta property="article:published_time" content="2025-02-31">
        <link rel="canonical" href="javascript:alert(1)">`),
    );
    expect(meta).toEqual({ publisher: null, publishedAt: null, author: null, canonicalUrl: null });
  });

  it('resolves a relative canonical link against og:url and decodes entities', () => {
    const meta = readHtmlMetadata(
      head(`<meta property="og:url" content="https://news.example/world/story?id=4">
        <link href="/world/story" rel="canonical">
        <meta content="Smith &amp; Jones Media" property="og:site_name">`),
    );
    expect(meta.canonicalUrl).toBe('https://news.example/world/story');
    expect(meta.publisher).toBe('Smith & Jones Media');
  });

  it('returns nulls for text without any metadata', () => {
    expect(readHtmlMetadata('Just a paragraph of text.')).toEqual({
      publisher: null,
      publishedAt: null,
      author: null,
      canonicalUrl: null,
    });
  });
});
