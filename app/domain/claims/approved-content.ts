import { createHash } from 'node:crypto';
import { canonicalJson } from '../history/canonical-json';
import type { EvidenceCitation } from '../sources/evidence';

/**
 * What an editor approves when they sign a claim off: its wording and the
 * article passage it stands on, the verdict (status, rating, explanation),
 * the figures read from it and the evidence linked to it, and the article it
 * comes from as exports cite it. No row ids, versions, timestamps or people:
 * the same content hashes the same after a refactor or on another engine.
 */
export interface ApprovedContent {
  claim: {
    text: string;
    quote: string;
    attribution: string | null;
    status: string;
    rating: string | null;
    verdict: string | null;
  };
  article: { title: string; url: string | null; publisher: string | null; publishedAt: string | null };
  figures: Array<{ text: string; low: number | null; high: number | null; qualifier: string; unit: string; asOf: string | null }>;
  evidence: Array<{
    stance: string;
    excerpt: string | null;
    note: string | null;
    source: { title: string; url: string; publisher: string | null };
  }>;
}

/** Loose input: extra fields (ids, timestamps, names) are ignored, numbers may arrive as strings. */
export interface ApprovedContentInput {
  claim: ApprovedContent['claim'];
  article: ApprovedContent['article'];
  figures: ReadonlyArray<{
    text: string;
    low: number | string | null;
    high: number | string | null;
    qualifier: string;
    unit: string;
    asOf: string | null;
  }>;
  /** The stance may be any string here: a hash must not fail on a value the rules no longer list. */
  evidence: ReadonlyArray<Omit<EvidenceCitation, 'stance'> & { stance: string }>;
}

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));
const orNull = (v: string | null | undefined): string | null => (v === undefined || v === null ? null : v);

/**
 * The canonical shape of a claim's approvable content: only the fields that
 * matter, figures and evidence in a fixed order (by their own canonical JSON,
 * never by id or insertion order), so equal content is equal data.
 */
export function approvedContent(input: ApprovedContentInput): ApprovedContent {
  const c = input.claim;
  const a = input.article;
  const figures = input.figures.map((f) => ({
    text: f.text,
    low: num(f.low),
    high: num(f.high),
    qualifier: f.qualifier,
    unit: f.unit,
    asOf: orNull(f.asOf),
  }));
  const evidence = input.evidence.map((e) => ({
    stance: e.stance,
    excerpt: orNull(e.excerpt),
    note: orNull(e.note),
    source: { title: e.sourceTitle, url: e.sourceUrl, publisher: orNull(e.sourcePublisher) },
  }));
  return {
    claim: {
      text: c.text,
      quote: c.quote,
      attribution: orNull(c.attribution),
      status: c.status,
      rating: orNull(c.rating),
      verdict: orNull(c.verdict),
    },
    article: { title: a.title, url: orNull(a.url), publisher: orNull(a.publisher), publishedAt: orNull(a.publishedAt) },
    figures: sortCanonically(figures),
    evidence: sortCanonically(evidence),
  };
}

function sortCanonically<T>(items: T[]): T[] {
  return items
    .map((item) => ({ item, key: canonicalJson(item) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map((x) => x.item);
}

/**
 * SHA-256 (hex) of the canonical JSON of a claim's approvable content, with a
 * shape tag so a future change of the shape is explicit:
 * equal content → equal hash, whatever order figures and evidence came in.
 */
export function approvedContentHash(input: ApprovedContentInput): string {
  return createHash('sha256')
    .update(canonicalJson({ shape: 'claimdesk.approved-content.v1', content: approvedContent(input) }))
    .digest('hex');
}
