import type { DB } from '../../db/connection';

export interface RevisionInput {
  entity: 'article' | 'claim';
  entityId: number;
  actorId: number | null;
  at: string;
  action: string;
  before: unknown;
  after: unknown;
  note?: string | null;
}

/** Appends one revision; callers pass the transaction of the change it records. */
export async function insertRevision(db: DB, r: RevisionInput): Promise<void> {
  await db
    .insertInto('revision')
    .values({
      entity: r.entity,
      entity_id: r.entityId,
      actor_id: r.actorId,
      at: r.at,
      action: r.action,
      before: r.before === undefined ? null : JSON.stringify(r.before),
      after: r.after === undefined ? null : JSON.stringify(r.after),
      note: r.note ?? null,
    })
    .execute();
}

export async function listRevisions(db: DB, entity: 'article' | 'claim', entityId: number) {
  return db
    .selectFrom('revision')
    .leftJoin('user', 'user.id', 'revision.actor_id')
    .select(['revision.id', 'revision.at', 'revision.action', 'revision.before', 'revision.after', 'user.name as actor'])
    .where('revision.entity', '=', entity)
    .where('revision.entity_id', '=', entityId)
    .orderBy('revision.id')
    .execute();
}
