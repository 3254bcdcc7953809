import type { DB } from '../../db/connection';
import { missingForSignoff } from '../domain/claims/signoff';
import { listQueue, type QueueItem } from '../models/claim.server';

export interface QueueEntry extends QueueItem {
  /** What a proposed verdict still lacks before an editor can approve it (empty when complete or not proposed). */
  missing: string[];
}

/** Pending claims looked at for the editors' queue: enough for a day, bounded for the page. */
const PENDING_LIMIT = 1000;

function entry(item: QueueItem): QueueEntry {
  return { ...item, missing: item.signoff === 'pending' ? missingForSignoff(item) : [] };
}

/**
 * A user's queues: their own (assigned to them, or sent back on a status
 * they proposed, with the editor's comment), and for editors the verdicts
 * awaiting sign-off, only complete ones (missingForSignoff); incomplete
 * proposals stay with their checkers, marked with what is missing.
 */
export async function loadQueue(db: DB, user: { id: number; isEditor: boolean }) {
  const mine = (await listQueue(db, { mineOf: user.id })).map(entry);
  const pending = user.isEditor ? (await listQueue(db, { signoff: 'pending' }, PENDING_LIMIT)).map(entry) : null;
  const awaiting = pending ? pending.filter((c) => c.missing.length === 0) : null;
  return {
    mine,
    awaiting,
    incomplete: pending ? pending.length - awaiting!.length : 0,
    returned: mine.filter((c) => c.signoff === 'returned').length,
  };
}
