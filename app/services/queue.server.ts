import type { DB } from '../../db/connection';
import { missingForSignoff } from '../domain/claims/signoff';
import type { QueueFilters } from '../domain/lists/list-filters';
import { countQueue, listQueuePage, type QueueItem, type QueueWhere } from '../models/claim-queue.server';
import { listUsers } from '../models/user.server';

export interface QueueEntry extends QueueItem {
  /** What a proposed verdict still lacks before an editor can approve it (empty when complete or not proposed). */
  missing: string[];
}

/** Claims on a page of either queue. */
export const QUEUE_PAGE_SIZE = 50;
/** Queue totals are counted up to this many ("500+"): counting complete proposals reads each pending claim. */
export const QUEUE_COUNT_CAP = 500;

function entry(item: QueueItem): QueueEntry {
  return { ...item, missing: item.signoff === 'pending' ? missingForSignoff(item) : [] };
}

/**
 * A user's queues, filtered (`filters` already validated; see
 * app/domain/lists/list-filters.ts): their own (assigned to them, or sent
 * back on a status they proposed, with the editor's comment; page `mypage`)
 * and for editors the verdicts awaiting sign-off (page `page`), only
 * complete ones unless `signoff=incomplete` (missingForSignoff); incomplete
 * proposals stay with their checkers, marked with what is missing. Each
 * list is one page (50, newest change first) with its total, counted up to
 * QUEUE_COUNT_CAP; `incomplete` and `returned` are counted the same way.
 */
export async function loadQueue(db: DB, user: { id: number; isEditor: boolean }, filters: QueueFilters = {}) {
  const { page, mypage, ...where } = filters;
  const w: QueueWhere = where;
  const at = (p: number | undefined) => ({ limit: QUEUE_PAGE_SIZE, offset: ((p ?? 1) - 1) * QUEUE_PAGE_SIZE });
  const mineScope = { mineOf: user.id };
  const editors = { awaitingSignoff: true } as const;
  const [mine, mineTotal, returned] = await Promise.all([
    listQueuePage(db, mineScope, w, at(mypage)),
    countQueue(db, mineScope, w, QUEUE_COUNT_CAP),
    countQueue(db, mineScope, { signoff: 'sent-back' }, QUEUE_COUNT_CAP),
  ]);
  const awaiting = user.isEditor ? await listQueuePage(db, editors, w, at(page)) : null;
  const [awaitingTotal, incomplete] = user.isEditor
    ? await Promise.all([countQueue(db, editors, w, QUEUE_COUNT_CAP), countQueue(db, editors, { signoff: 'incomplete' }, QUEUE_COUNT_CAP)])
    : [0, 0];
  const users = (await listUsers(db)).filter((u) => u.active).map((u) => ({ id: u.id, name: u.name }));
  return {
    mine: mine.map(entry),
    mineTotal,
    awaiting: awaiting ? awaiting.map(entry) : null,
    awaitingTotal,
    incomplete,
    returned,
    page: page ?? 1,
    mypage: mypage ?? 1,
    pageSize: QUEUE_PAGE_SIZE,
    countCap: QUEUE_COUNT_CAP,
    filters,
    users,
  };
}
