import type { DB } from '../../db/connection';
import type { Conventions } from '../domain/figures/conventions';
import { CONVENTIONS_SETTING, CONVENTION_CHOICES, conventionsNamed, reinterpret } from '../domain/measures/reinterpret';
import { parseCorrection } from '../domain/measures/measure-input';
import { findFigureToRead, listFiguresToReread, updateFigureReading } from '../models/figure-reading.server';
import { insertRevision } from '../models/revision.server';
import { getSetting, putSetting } from '../models/setting.server';
import { NotFoundError, RuleError } from './errors';

export interface ConventionsActor {
  id: number | null;
  now: Date;
}

/** The conventions new imports use and figures are read with. */
export async function currentConventions(db: DB): Promise<Conventions> {
  return conventionsNamed(await getSetting(db, CONVENTIONS_SETTING));
}

/**
 * Switches the conventions and reads every figure again with them, except
 * those a checker corrected by hand. One revision for the setting and one
 * per figure whose numbers change, all in one transaction.
 */
export async function setConventions(db: DB, input: { name: string; actor: ConventionsActor }): Promise<{ changed: number }> {
  if (!CONVENTION_CHOICES.some((c) => c.name === input.name)) throw new RuleError(`Unknown conventions "${input.name}"`);
  const conventions = conventionsNamed(input.name);
  return db.transaction().execute(async (trx) => {
    const before = conventionsNamed(await getSetting(trx, CONVENTIONS_SETTING)).name;
    const at = input.actor.now.toISOString();
    if (before === input.name) return { changed: 0 };
    await putSetting(trx, { key: CONVENTIONS_SETTING, value: input.name, actorId: input.actor.id, now: at });
    await insertRevision(trx, {
      entity: 'setting',
      entityId: 0,
      claimId: null,
      actorId: input.actor.id,
      at,
      action: 'set-conventions',
      before: { [CONVENTIONS_SETTING]: before },
      after: { [CONVENTIONS_SETTING]: input.name },
    });
    let changed = 0;
    for (const f of await listFiguresToReread(trx)) {
      const r = reinterpret(f, conventions);
      if (!r || (r.low === f.low && r.high === f.high && r.rule === f.rule)) continue;
      await updateFigureReading(trx, { id: f.id, low: r.low, high: r.high, rule: r.rule });
      await insertRevision(trx, {
        entity: 'figure',
        entityId: f.id,
        claimId: f.claimId,
        actorId: input.actor.id,
        at,
        action: 'conventions',
        before: { low: f.low, high: f.high, rule: f.rule },
        after: { low: r.low, high: r.high, rule: r.rule },
      });
      changed++;
    }
    return { changed };
  });
}

/** A checker sets a figure's interval by hand; conventions never touch it again. */
export async function correctFigure(
  db: DB,
  input: { figureId: number; low: string; high: string; actor: ConventionsActor },
): Promise<void> {
  const parsed = parseCorrection({ low: input.low, high: input.high });
  if (!parsed.ok) throw new RuleError(parsed.error);
  await db.transaction().execute(async (trx) => {
    const f = await findFigureToRead(trx, input.figureId);
    if (!f) throw new NotFoundError(`Figure ${input.figureId}`);
    const rule = 'set by hand';
    await updateFigureReading(trx, { id: f.id, low: parsed.low, high: parsed.high, rule, corrected: true });
    await insertRevision(trx, {
      entity: 'figure',
      entityId: f.id,
      claimId: f.claimId,
      actorId: input.actor.id,
      at: input.actor.now.toISOString(),
      action: 'correct',
      before: { low: f.low, high: f.high, rule: f.rule },
      after: { low: parsed.low, high: parsed.high, rule },
    });
  });
}
