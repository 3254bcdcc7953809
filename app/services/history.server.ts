import type { DB } from '../../db/connection';
import { checkLink, type ChainBreak } from '../domain/history/hash-chain';
import { wordDiff, type DiffPart } from '../domain/history/word-diff';
import { findClaim } from '../models/claim.server';
import { listClaimRevisions, streamRevisionChain } from '../models/revision.server';
import { listSourcesByIds } from '../models/source.server';
import { listUsers } from '../models/user.server';
import { NotFoundError } from './errors';

export interface TimelineEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  note: string | null;
  /** Word-level diffs of the text fields that changed. */
  diffs: { field: string; parts: DiffPart[] }[];
  /** Other fields that changed, as before → after. */
  changes: { field: string; before: unknown; after: unknown }[];
  sourceTitle: string | null;
  restorableWording: boolean;
  hash: string;
}

const TEXT_FIELDS = new Set(['text', 'verdict', 'quote', 'excerpt', 'note', 'signoff_comment']);
const HIDDEN = new Set(['signoff_by', 'signoff_at', 'signoff_version', 'signoff_hash', 'signoff_override', 'proposed_by', 'judged_by', 'prefix', 'suffix', 'anchor_start', 'anchor_end', 'source_id']);

/**
 * The claim's history as a person reads it: who did what, when, with word diffs.
 *
 * @throws NotFoundError when the claim does not exist.
 */
export async function claimTimeline(db: DB, claimId: number) {
  const claim = await findClaim(db, claimId);
  if (!claim) throw new NotFoundError(`Claim ${claimId}`);
  const revisions = await listClaimRevisions(db, claimId);
  const sourceIds = revisions.map((r) => (r.after?.source_id ?? r.before?.source_id) as number | undefined).filter((x): x is number => typeof x === 'number');
  const sources = new Map((await listSourcesByIds(db, sourceIds)).map((s) => [s.id, s.title]));
  const users = new Map((await listUsers(db)).map((u) => [u.id, u.name]));
  const person = (id: unknown) => (typeof id === 'number' ? users.get(id) ?? `user ${id}` : null);
  const entries: TimelineEntry[] = revisions.map((r) => {
    const before = r.before ?? {};
    const after = r.after ?? {};
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !HIDDEN.has(f));
    const diffs: TimelineEntry['diffs'] = [];
    const changes: TimelineEntry['changes'] = [];
    for (const field of fields) {
      const b = before[field] ?? null;
      const a = after[field] ?? null;
      if (TEXT_FIELDS.has(field) && (typeof a === 'string' || typeof b === 'string')) {
        diffs.push({ field, parts: wordDiff(typeof b === 'string' ? b : '', typeof a === 'string' ? a : '') });
      } else if (field === 'assignee_id') {
        changes.push({ field: 'assignee', before: person(b), after: person(a) });
      } else if (JSON.stringify(a) !== JSON.stringify(b)) {
        changes.push({ field, before: b, after: a });
      }
    }
    const sourceId = (after.source_id ?? before.source_id) as number | undefined;
    return {
      id: r.id,
      at: r.at,
      actor: r.actor ?? 'command line',
      action: r.action,
      entity: r.entity,
      note: r.note,
      diffs,
      changes,
      sourceTitle: sourceId ? sources.get(sourceId) ?? null : null,
      restorableWording: r.entity === 'claim' && r.entityId === claimId && typeof after.text === 'string' && after.text !== claim.text,
      hash: r.hash,
    };
  });
  return { claim, entries };
}

/**
 * Recomputes the whole hash chain; names the first broken link (a broken
 * chain is a result, not an error: `broken` is null when every link holds).
 */
export async function verifyHistory(db: DB): Promise<{ checked: number; broken: ChainBreak | null }> {
  let prev: string | null = null;
  let checked = 0;
  for await (const row of streamRevisionChain(db)) {
    const broken = checkLink(row, prev);
    if (broken) return { checked, broken };
    prev = row.hash;
    checked++;
  }
  return { checked, broken: null };
}
