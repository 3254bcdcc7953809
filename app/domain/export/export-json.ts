import { BEST_RATING, WORST_RATING } from '../claims/rating';
import type { Chunks, CompetingGroup, ExportArticle, ExportClaim, ExportHeader, ExportItem } from './types';

/** The version of the JSON shape; docs/export.schema.json describes it. Bump on any breaking change. */
export const JSON_SCHEMA_ID = 'claimdesk.export/1';

function claimJson(c: ExportClaim) {
  return {
    id: c.id,
    number: c.number,
    draft: c.draft,
    text: c.text,
    quote: c.quote,
    saidBy: c.attribution,
    status: c.status,
    rating: c.rating === null ? null : { label: c.rating, value: c.ratingValue },
    verdict: c.verdict,
    signoff: { state: c.signoff, by: c.signedOffBy, at: c.signedOffAt, articleVersion: c.signedOffVersion?.number ?? null, override: c.signoffOverride },
    assignee: c.assignee,
    updatedAt: c.updatedAt,
    figures: c.figures.map((f) => ({
      id: f.id,
      text: f.text,
      low: f.low,
      high: f.high,
      qualifier: f.qualifier,
      unit: f.unit,
      asOf: f.asOf,
      measure: f.measure,
    })),
    evidence: c.evidence.map((e) => ({
      stance: e.stance,
      source: { title: e.sourceTitle, url: e.sourceUrl, publisher: e.sourcePublisher },
      excerpt: e.excerpt,
      note: e.note,
    })),
  };
}

function articleJson(a: ExportArticle, competing: CompetingGroup[]) {
  return {
    id: a.id,
    title: a.title,
    url: a.url,
    publisher: a.publisher,
    publishedAt: a.publishedAt,
    version: a.version
      ? { number: a.version.number, origin: a.version.origin, at: a.version.at, fetched: a.version.fetched, snapshotSha256: a.version.snapshotSha256 }
      : null,
    competingFigures: competing.map((g) => ({
      measure: g.measure,
      verdict: g.verdict,
      disjointPairs: g.disjointPairs,
      figures: g.figures,
    })),
  };
}

/**
 * Pretty JSON for a value nested `depth` levels in (2 spaces a level),
 * without its first indent: the value is stringified inside `depth` arrays,
 * which indent every line of it as deep, and cut out (one native pass, no
 * re-indenting of the text afterwards).
 */
export function nested(value: unknown, depth: number): string {
  let wrapped: unknown = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const [before, after] = wrapping(depth);
  const json = JSON.stringify(wrapped, null, 2);
  return json.slice(before, json.length - after);
}

const wrappings: Array<[number, number]> = [];

/** How many characters the `depth` arrays add before and after the value. */
function wrapping(depth: number): [number, number] {
  if (!wrappings[depth]) {
    let wrapped: unknown = 0;
    for (let i = 0; i < depth; i++) wrapped = [wrapped];
    const json = JSON.stringify(wrapped, null, 2);
    const at = json.indexOf('0');
    wrappings[depth] = [at, json.length - at - 1];
  }
  return wrappings[depth];
}

/**
 * The export as JSON (`"schema": "claimdesk.export/1"`), written as it
 * streams: each article's fields, then its claims one by one.
 */
export async function* buildJson(header: ExportHeader, items: Iterable<ExportItem> | AsyncIterable<ExportItem>): Chunks {
  const head = {
    schema: JSON_SCHEMA_ID,
    title: header.title,
    exportedAt: header.exportedAt,
    exportedBy: header.exportedBy,
    latestRevisionHash: header.latestRevisionHash,
    includeDrafts: header.includeDrafts,
    filters: header.filters,
    ratingScale: { best: BEST_RATING, worst: WORST_RATING },
  };
  yield nested(head, 0).replace(/\n}$/, ',\n  "articles": [');
  let claims = 0;
  let drafts = 0;
  let articleOpen = false;
  let firstArticle = true;
  let firstClaim = true;
  for await (const item of items) {
    if (item.type === 'article') {
      if (articleOpen) yield firstClaim ? ']\n    }' : '\n      ]\n    }';
      const body = nested(articleJson(item.article, item.competing), 2).replace(/\n {4}}$/, ',\n      "claims": [');
      yield `${firstArticle ? '' : ','}\n    ${body}`;
      articleOpen = true;
      firstArticle = false;
      firstClaim = true;
    } else {
      claims++;
      if (item.claim.draft) drafts++;
      yield `${firstClaim ? '' : ','}\n        ${nested(claimJson(item.claim), 4)}`;
      firstClaim = false;
    }
  }
  if (articleOpen) yield firstClaim ? ']\n    }' : '\n      ]\n    }';
  yield `${firstArticle ? ']' : '\n  ]'},\n  "counts": ${JSON.stringify({ claims, drafts })}\n}\n`;
}
