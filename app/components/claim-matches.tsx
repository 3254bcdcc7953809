import { useFetcher } from '@remix-run/react';
import { httpUrl } from '../domain/http-url';

/** A checked claim offered as a match, as the page receives it. */
export interface ShownMatch {
  checked: {
    id: number;
    url: string | null;
    claimId: number | null;
    claim: string;
    title: string | null;
    rating: string | null;
    ratingValue: number | null;
    publisher: string | null;
    reviewedAt: string | null;
  };
  coverage: number;
}

function ratingClass(value: number | null): string {
  if (value === null) return 'rating-unknown';
  return value <= 2 ? 'rating-false' : value >= 4 ? 'rating-true' : 'rating-mixed';
}

function MatchItem({ claimId, match }: { claimId?: number; match: ShownMatch }) {
  const fetcher = useFetcher<{ ok: boolean; error?: string }>();
  const c = match.checked;
  const url = httpUrl(c.url);
  const busy = fetcher.state !== 'idle';
  return (
    <li className="match">
      <div>
        <span className={`rating ${ratingClass(c.ratingValue)}`}>{c.rating ?? 'unrated'}</span>{' '}
        {url ? (
          <a href={url} target="_blank" rel="noreferrer noopener">
            {c.claim}
          </a>
        ) : c.claimId ? (
          <a href={`/claims/${c.claimId}`}>{c.claim}</a>
        ) : (
          c.claim
        )}
      </div>
      <div className="muted">
        {c.publisher ?? 'unknown publisher'}
        {c.reviewedAt ? ` · ${c.reviewedAt}` : ''}
        {c.claimId ? ' · checked on this desk' : ''} · {Math.round(match.coverage * 100)}% words in common
      </div>
      {claimId === undefined ? null : (
        <fetcher.Form method="post" action={`/claims/${claimId}/matches`} className="match-actions">
          <input type="hidden" name="checkedClaimId" value={c.id} />
          {url ? (
            <button type="submit" name="intent" value="link" disabled={busy}>
              Link as evidence
            </button>
          ) : null}
          <button type="submit" name="intent" value="rule-out" className="link-like" disabled={busy}>
            Not the same claim
          </button>
        </fetcher.Form>
      )}
      {fetcher.data && !fetcher.data.ok ? (
        <p className="form-error" role="alert">
          {fetcher.data.error}
        </p>
      ) : null}
    </li>
  );
}

/** Matches as a list; with `claimId`, each has "Link as evidence" and "Not the same claim" for that claim. */
export function ClaimMatchList({ claimId, matches }: { claimId?: number; matches: ShownMatch[] }) {
  return (
    <ul className="matches">
      {matches.map((m) => (
        <MatchItem key={m.checked.id} claimId={claimId} match={m} />
      ))}
    </ul>
  );
}

/** "Checked before?": the best matches for a claim in the archive and on the desk, with their ratings. */
export function ClaimMatches({ claimId, matches }: { claimId: number; matches: ShownMatch[] }) {
  return (
    <section className="card claim-matches" aria-label="Checked before">
      <h3>Checked before?</h3>
      {matches.length === 0 ? (
        <p className="empty">No fact-check in the archive or on the desk says this.</p>
      ) : (
        <ClaimMatchList claimId={claimId} matches={matches} />
      )}
    </section>
  );
}
