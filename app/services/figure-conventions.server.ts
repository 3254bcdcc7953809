import type { DB } from '../../db/connection';
import type { Conventions } from '../domain/figures/conventions';
import { CONVENTIONS_SETTING, CONVENTION_CHOICES, conventionsNamed, reinterpret, type Reading } from '../domain/measures/reinterpret';
import { parseCorrection } from '../domain/measures/amount-input';
import { findFigureToRead, listFiguresToReread, updateFigureReading, type FigureToRead } from '../models/figure-reading.server';
import { listApprovedClaimIds } from '../models/claim-content.server';
import { insertRevision } from '../models/revision.server';
import { getSetting, putSetting } from '../models/setting.server';
import { NotFoundError, RuleError } from './errors';
import { claimContentChanged } from './signoff-binding.server';

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
 *
 * @throws RuleError when `name` is not one of CONVENTION_CHOICES.
 */
export async function setConventions(db: DB, input: { name: string; actor: ConventionsActor }): Promise<{ changed: number; reopened: number }> {
  if (!CONVENTION_CHOICES.some((c) => c.name === input.name)) throw new RuleError(`Unknown conventions "${input.name}"`);
  const conventions = conventionsNamed(input.name);
  return db.transaction().execute(async (trx) => {
    const before = conventionsNamed(await getSetting(trx, CONVENTIONS_SETTING)).name;
    const at = input.actor.now.toISOString();
    if (before === input.name) return { changed: 0, reopened: 0 };
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
    const claimIds = new Set<number>();
    for (const { f, r } of await plannedRereads(trx, conventions)) {
      if (f.claimId !== null) claimIds.add(f.claimId);
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
    const reopened = await claimContentChanged(trx, { claimIds, actor: input.actor, reason: `the conventions switch to "${input.name}" changed its figures` });
    return { changed, reopened: reopened.length };
  });
}

/** Every figure whose reading (bounds or rule) the conventions would change, with its new reading. */
async function plannedRereads(db: DB, conventions: Conventions) {
  const out: Array<{ f: FigureToRead; r: Reading }> = [];
  for (const f of await listFiguresToReread(db)) {
    const r = reinterpret(f, conventions);
    if (!r || (r.low === f.low && r.high === f.high && r.rule === f.rule)) continue;
    out.push({ f, r });
  }
  return out;
}

/**
 * What switching to the named conventions would do, without doing it: how
 * many figures get new bounds and how many signed-off claims that reopens
 * (the editor confirms knowing this).
 *
 * @throws RuleError when `name` is not one of CONVENTION_CHOICES.
 */
export async function previewConventions(db: DB, name: string): Promise<{ figures: number; reopens: number }> {
  if (!CONVENTION_CHOICES.some((c) => c.name === name)) throw new RuleError(`Unknown conventions "${name}"`);
  const moved = (await plannedRereads(db, conventionsNamed(name))).filter(({ f, r }) => r.low !== f.low || r.high !== f.high);
  const claimIds = [...new Set(moved.map(({ f }) => f.claimId).filter((id): id is number => id !== null))];
  return { figures: moved.length, reopens: (await listApprovedClaimIds(db, claimIds)).length };
}

/**
 * A checker sets a figure's interval by hand; conventions never touch it again.
 *
 * @throws RuleError when the bounds do not read as an interval.
 * @throws NotFoundError when the figure does not exist.
 */
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
    if (f.claimId !== null) await claimContentChanged(trx, { claimIds: [f.claimId], actor: input.actor, reason: `its figure "${f.text}" was corrected` });
  });
}
