/**
 * Claims following their text into a new version of their article (ADR 020):
 * stores what re-anchoring (app/domain/articles/reanchor.ts) found for each
 * claim. Unchanged ones move with their text (a removed one that is back is
 * restored), changed ones are flagged with a word diff and their figures
 * re-read, removed ones are flagged and kept. Runs in the caller's
 * transaction.
 */
import type { DB } from '../../db/connection';
import type { Placement } from '../domain/articles/reanchor';
import type { ExtractionResult, Figure } from '../domain/extraction/types';
import {
  listClaimAnchors,
  listLiveFiguresOfClaims,
  rereadFigure,
  setFigureSpan,
  updateClaimAnchor,
  withdrawFigure,
} from '../models/article-version.server';
import { insertFigure } from '../models/figure.server';
import { insertRevision } from '../models/revision.server';
import { figureColumns } from './import-article.server';

/**
 * What re-anchoring found, as counts (stored on the version, shown in the
 * timeline). Only the desk's live claims count (a dismissed or merged one
 * follows its text silently), and a claim counts as removed only in the
 * version that drops its passage, not again in every later one.
 */
export interface VersionSummary {
  unchanged: number;
  moved: number;
  changed: number;
  removed: number;
  added: number;
}

type ClaimAnchor = Awaited<ReturnType<typeof listClaimAnchors>>[number];
type LiveFigure = Awaited<ReturnType<typeof listLiveFiguresOfClaims>>[number];

/**
 * Stores each placement of the article's `claims` in version `number`
 * (whose extraction is `result`). Returns the counts (`added` left 0 for the
 * caller) and the ids of claims whose approved content changed (changed,
 * newly removed, or restored), whose sign-off the caller must reopen.
 */
export async function applyPlacements(
  trx: DB,
  o: { claims: ClaimAnchor[]; placements: Placement[]; result: ExtractionResult; number: number; now: string; actorId: number | null },
): Promise<{ summary: VersionSummary; changedIds: number[] }> {
  const { number, now } = o;
  const summary: VersionSummary = { unchanged: 0, moved: 0, changed: 0, removed: 0, added: 0 };
  const changedIds: number[] = [];
  const figures = await listLiveFiguresOfClaims(trx, o.claims.map((c) => c.id));
  const figuresOf = (id: number) => figures.filter((f) => f.claimId === id);

  for (const p of o.placements) {
    const claim = o.claims.find((c) => c.id === p.id)!;
    const delta = p.anchor.start - claim.anchor.start;
    const count = (kind: keyof VersionSummary) => {
      if (!claim.offDesk) summary[kind]++;
    };
    if (p.kind === 'unchanged') {
      count(p.moved ? 'moved' : 'unchanged');
      const restored = claim.sourceState === 'removed';
      await updateClaimAnchor(trx, { id: p.id, anchor: p.anchor, ...(restored ? { sourceState: null, sourceDiff: null, sourceVersion: number } : {}) });
      for (const f of figuresOf(p.id)) {
        if (f.spanStart !== null && f.spanEnd !== null) await setFigureSpan(trx, f.id, { start: f.spanStart + delta, end: f.spanEnd + delta });
      }
      if (restored) {
        await insertRevision(trx, {
          entity: 'claim', entityId: p.id, actorId: o.actorId, at: now, action: 'source-restored',
          before: { sourceState: 'removed' }, after: { sourceState: null, version: number },
          note: `Back in the source: version ${number} of the article has this passage again, word for word.`,
        });
        changedIds.push(p.id);
      }
    } else if (p.kind === 'changed') {
      count('changed');
      changedIds.push(p.id);
      await applyChange(trx, { claim, placement: p, figures: figuresOf(p.id), result: o.result, number, now, actorId: o.actorId });
    } else {
      if (claim.sourceState !== 'removed') {
        count('removed');
        changedIds.push(p.id);
      }
      await updateClaimAnchor(trx, { id: p.id, anchor: p.anchor, sourceState: 'removed', sourceDiff: null, sourceVersion: number });
      for (const f of figuresOf(p.id)) await setFigureSpan(trx, f.id, { start: null, end: null });
      if (claim.sourceState !== 'removed') {
        await insertRevision(trx, {
          entity: 'claim', entityId: p.id, actorId: o.actorId, at: now, action: 'source-removed',
          before: { quote: claim.anchor.quote, sourceState: claim.sourceState }, after: { sourceState: 'removed', version: number },
          note: `Removed from source: version ${number} of the article no longer has this passage. The claim and its review are kept.`,
        });
      }
    }
  }
  return { summary, changedIds };
}

/** A claim whose passage changed: new anchor and flag, wording followed when the checker kept the source's, figures re-read. */
async function applyChange(
  trx: DB,
  o: {
    claim: ClaimAnchor;
    placement: Extract<Placement, { kind: 'changed' }>;
    figures: LiveFigure[];
    result: ExtractionResult;
    number: number;
    now: string;
    actorId: number | null;
  },
) {
  const { claim, placement: p } = o;
  // The checker's own rewording stays theirs; wording copied from the source follows the source.
  const followText = claim.text.trim() === claim.anchor.quote.trim();
  await updateClaimAnchor(trx, {
    id: claim.id,
    anchor: p.anchor,
    ...(followText ? { text: p.anchor.quote } : {}),
    sourceState: 'changed',
    sourceDiff: JSON.stringify(p.diff),
    sourceVersion: o.number,
  });
  const newer = o.result.figures.filter((f) => f.start >= p.anchor.start && f.end <= p.anchor.end);
  const reread = await rereadFigures(trx, { claimId: claim.id, older: o.figures, newer, result: o.result, number: o.number, now: o.now });
  const removed = p.diff.filter((d) => d.kind === 'removed').map((d) => d.text.trim()).filter(Boolean).join(' ');
  const added = p.diff.filter((d) => d.kind === 'added').map((d) => d.text.trim()).filter(Boolean).join(' ');
  await insertRevision(trx, {
    entity: 'claim',
    entityId: claim.id,
    actorId: o.actorId,
    at: o.now,
    action: 'source-changed',
    before: { text: claim.text, quote: claim.anchor.quote, figures: o.figures.map((f) => f.text) },
    after: { text: followText ? p.anchor.quote : claim.text, quote: p.anchor.quote, figures: reread, version: o.number },
    note: `Changed in source (version ${o.number}): "${removed}" → "${added}".`,
  });
}

/**
 * Pairs the claim's figures with those read from its new passage (in order,
 * the same unit): a paired figure takes the new reading and keeps the old one
 * beside it; an old figure with no partner is withdrawn; a new one is added.
 * Returns the figures' texts after.
 */
async function rereadFigures(
  trx: DB,
  o: { claimId: number; older: LiveFigure[]; newer: Figure[]; result: ExtractionResult; number: number; now: string },
): Promise<string[]> {
  const left = [...o.older];
  const texts: string[] = [];
  for (const f of o.newer) {
    const i = left.findIndex((old) => old.unit === f.unit && old.counted === f.counted);
    const j = i >= 0 ? i : left.findIndex((old) => old.unit === f.unit);
    const cols = figureColumns(f, o.result.sentences[f.sentence]?.text ?? '');
    if (j >= 0) {
      const old = left.splice(j, 1)[0]!;
      const same = old.text === f.text && old.low === f.low && old.high === f.high;
      await rereadFigure(trx, {
        id: old.id,
        previous: same ? null : { text: old.text, low: old.low, high: old.high, qualifier: old.qualifier, version: o.number },
        // The whole new reading, its frame included: the reworded sentence may date or place it differently.
        reading: cols,
      });
    } else {
      await insertFigure(trx, { claimId: o.claimId, ...cols });
    }
    texts.push(f.text);
  }
  for (const old of left) await withdrawFigure(trx, old.id, o.now);
  return texts;
}
