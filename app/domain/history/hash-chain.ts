import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The fields of a revision that its hash covers (everything but its row id and own hash). */
export interface RevisionContent {
  entity: string;
  entityId: number;
  claimId: number | null;
  actorId: number | null;
  at: string;
  action: string;
  before: string | null;
  after: string | null;
  note: string | null;
}

/** SHA-256 over the canonical JSON of the content and the previous hash. */
export function revisionHash(content: RevisionContent, prevHash: string | null): string {
  return createHash('sha256').update(canonicalJson({ ...content, prevHash })).digest('hex');
}

export interface ChainBreak {
  id: number;
  reason: string;
}

export type ChainRow = RevisionContent & { id: number; prevHash: string | null; hash: string };

/**
 * Checks one link given the hash of the revision before it: a changed row
 * (hash mismatch) or a removed/reordered one (prev_hash mismatch) breaks it.
 */
export function checkLink(row: ChainRow, expectedPrev: string | null): ChainBreak | null {
  const { id, prevHash, hash, ...content } = row;
  if (prevHash !== expectedPrev) {
    return { id, reason: 'its prev_hash does not match the revision before it (a revision was removed or reordered)' };
  }
  if (revisionHash(content, prevHash) !== hash) {
    return { id, reason: 'its content does not match its hash (the row was edited)' };
  }
  return null;
}

/** Walks revisions in id order and names the first broken link. */
export function verifyChain(rows: Iterable<ChainRow>): { checked: number; broken: ChainBreak | null } {
  let prev: string | null = null;
  let checked = 0;
  for (const row of rows) {
    const broken = checkLink(row, prev);
    if (broken) return { checked, broken };
    prev = row.hash;
    checked++;
  }
  return { checked, broken: null };
}
