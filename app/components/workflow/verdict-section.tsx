import { Form } from '@remix-run/react';
import { deskRatingLabel, RATING_SCALE, type RatingLabels } from '../../domain/claims/rating';
import type { ClaimActionResult } from '../../utils/claim-form';
import { ConflictView } from './conflict-view';

interface Props {
  claim: { version: number; text: string; quote: string; rating: string | null; verdict: string | null; attribution: string | null };
  result: ClaimActionResult | undefined;
  /** The desk's name for each point of the scale (admin settings). */
  ratingLabels: RatingLabels;
}

/** The rating picker: the stored label as value, the desk's name for each point shown. */
function RatingSelect(props: { ratingLabels: RatingLabels; defaultValue: string }) {
  const { ratingLabels } = props;
  return (
    <label>
      Rating <span className="optional">(scale 1 {ratingLabels[1]} … 5 {ratingLabels[5]})</span>
      <select name="rating" defaultValue={props.defaultValue}>
        <option value="">Not rated</option>
        {RATING_SCALE.map((r) => (
          <option key={r.value} value={r.label}>
            {r.value} · {ratingLabels[r.value] ?? r.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The claim's wording (quote stays anchored) and its rating + verdict text. */
export function VerdictSection({ claim, result, ratingLabels }: Props) {
  const conflict = result?.conflict;
  const ratingName = (stored: string | null | undefined) => deskRatingLabel(stored || null, ratingLabels) ?? 'not rated';
  const mine = (intent: string, key: string) => (result?.intent === intent ? result.values?.[key] : undefined);
  return (
    <>
      <section className="card" aria-label="Wording">
        <h3>Wording</h3>
        {conflict?.field === 'text' ? (
          <ConflictView intent="wording" field="text" mine={conflict.mine} theirs={conflict.theirs} version={conflict.version} />
        ) : (
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="wording" />
            <input type="hidden" name="version" value={claim.version} />
            <label>
              The claim as the checker words it <span className="optional">(the article quote stays anchored)</span>
              <textarea name="text" rows={3} defaultValue={mine('wording', 'text') ?? claim.text} key={claim.version} />
            </label>
            <button type="submit">Save wording</button>
          </Form>
        )}
        <Form method="post" className="stack attribution-form">
          <input type="hidden" name="intent" value="attribution" />
          <input type="hidden" name="version" value={claim.version} />
          <label>
            Attributed to <span className="optional">(who made the claim, as the article reports it; empty: not stated)</span>
            <input name="attribution" defaultValue={mine('attribution', 'attribution') ?? claim.attribution ?? ''} key={`a${claim.version}`} maxLength={300} />
          </label>
          <button type="submit">Save attribution</button>
        </Form>
      </section>
      <section className="card" aria-label="Rating and verdict">
        <h3>Rating and verdict</h3>
        {conflict?.field === 'verdict' ? (
          <ConflictView
            intent="rating"
            field="verdict"
            mine={conflict.mine}
            theirs={conflict.theirs}
            version={conflict.version}
            extra={{ rating: result?.values?.rating ?? '' }}
            aside={{ mine: `Rating: ${ratingName(result?.values?.rating)}`, theirs: `Rating: ${ratingName(conflict.rating)}` }}
            mergeFields={<RatingSelect ratingLabels={ratingLabels} defaultValue={result?.values?.rating ?? ''} />}
          />
        ) : (
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="rating" />
            <input type="hidden" name="version" value={claim.version} />
            <RatingSelect ratingLabels={ratingLabels} defaultValue={mine('rating', 'rating') ?? claim.rating ?? ''} key={claim.version} />
            <label>
              Verdict <span className="optional">(what the evidence shows, for readers)</span>
              <textarea name="verdict" rows={4} defaultValue={mine('rating', 'verdict') ?? claim.verdict ?? ''} key={`v${claim.version}`} />
            </label>
            <button type="submit">Save rating and verdict</button>
          </Form>
        )}
      </section>
    </>
  );
}
