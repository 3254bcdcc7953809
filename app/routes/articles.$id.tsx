import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import type { ShouldRevalidateFunction } from '@remix-run/react';
import { Link, useFetcher, useFetchers, useLoaderData, useLocation, useNavigate } from '@remix-run/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { onlyClaimParamChanged } from '../utils/claim-param';
import { useShortcuts } from '../utils/use-shortcuts';
import { getDb } from '../../db/connection';
import { statusForKey, FINAL_STATUSES } from '../domain/claims/status';
import { loadArticleReview } from '../services/article-review.server';
import { requireUser } from '../utils/session.server';
import { errorToResponse } from '../utils/error-response.server';
import { idParam } from '../utils/params';
import { ArticleText } from '../components/article-text';
import { ClaimPanel } from '../components/claim-panel';
import { StatusBadge } from '../components/status-badge';
import { PageErrorBoundary } from '../components/error-boundary';
import { httpUrl } from '../domain/http-url';
import { can } from '../utils/permissions';
import { ExportMenu } from '../components/export-menu';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.article.title} · Claimdesk` : 'Article · Claimdesk' },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam(params.id, 'Article');
  const review = await loadArticleReview(getDb(), id).catch((e) => {
    throw errorToResponse(e);
  });
  return { ...review, canExport: can(user.role, 'export.read') };
}

/** Moving between claims only changes ?claim=: nothing to reload, so j/k answer at once. */
export const shouldRevalidate: ShouldRevalidateFunction = (args) =>
  onlyClaimParamChanged(args) ? false : args.defaultShouldRevalidate;

export default function ArticleReview() {
  const { article, claims, figures, dismissed, canExport, figureMeasures } = useLoaderData<typeof loader>();
  const location = useLocation();
  const navigate = useNavigate();
  const requested = Number(new URLSearchParams(location.search).get('claim')) || null;
  // The selection lives in React state (the URL follows it), so a key pressed
  // right after another acts on the claim the checker now sees.
  const [selectedId, setSelectedId] = useState<number | null>(requested);
  useEffect(() => {
    if (requested) setSelectedId(requested);
  }, [requested]);
  const selected = claims.find((c) => c.id === selectedId) ?? claims[0] ?? null;
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  const fetcher = useFetcher<{ error?: string; status?: string; version?: number }>({
    key: `status-${selected?.id ?? 0}`,
  });

  const select = useCallback(
    (id: number) => {
      setSelectedId(id);
      navigate(`?claim=${id}`, { replace: true, preventScrollReset: true });
      document.getElementById(`claim-${id}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      document.getElementById(`item-${id}`)?.scrollIntoView({ block: 'nearest' });
    },
    [navigate],
  );

  useShortcuts((key) => {
    const selected = selectedRef.current;
    if (!selected) return false;
    const index = claims.findIndex((c) => c.id === selected.id);
    if (key === 'j' || key === 'k') {
      const next = claims[index + (key === 'j' ? 1 : -1)];
      if (next) {
        selectedRef.current = next;
        select(next.id);
      }
      return true;
    }
    if (key === 'o' || key === 'Enter') {
      navigate(`/claims/${selected.id}`);
      return true;
    }
    const status = statusForKey(key);
    if (!status) return false;
    fetcher.submit(
      { intent: 'status', status, expected: statusOf(selected) },
      { method: 'post', action: `/claims/${selected.id}` },
    );
    return true;
  });

  // Status changes still on their way to the server, by claim: shown at once.
  const pending = new Map<number, string>();
  for (const f of useFetchers()) {
    const id = /^\/claims\/(\d+)$/.exec(f.formAction ?? '')?.[1];
    const status = f.formData?.get('status');
    if (id && f.formData?.get('intent') === 'status' && typeof status === 'string') pending.set(Number(id), status);
  }
  const statusOf = (c: { id: number; status: string }) => pending.get(c.id) ?? c.status;
  const reviewed = claims.filter((c) => (FINAL_STATUSES as readonly string[]).includes(statusOf(c))).length;
  const url = httpUrl(article.url);

  return (
    <main className="review">
      <div className="review-head">
        <div>
          <h1>{article.title}</h1>
          <p className="byline">
            {article.publisher ?? 'Unknown publisher'}
            {article.author ? ` · by ${article.author}` : ''}
            {article.publishedAt ? ` · ${article.publishedAt}` : ''}
            {url ? (
              <>
                {' · '}
                <a href={url} rel="noreferrer noopener" target="_blank">
                  original
                </a>
              </>
            ) : null}
            {' · '}
            {claims.length} claims, {reviewed} with a final status
          </p>
        </div>
        <p className="keys" aria-label="Keyboard shortcuts">
          <kbd>j</kbd>/<kbd>k</kbd> next/previous claim · <kbd>1</kbd>–<kbd>6</kbd> set status · <kbd>o</kbd> open claim
        </p>
        {canExport ? (
          <ExportMenu
            articleId={article.id}
            signedOff={claims.filter((c) => c.signoff === 'approved' && (FINAL_STATUSES as readonly string[]).includes(c.status)).length}
          />
        ) : null}
      </div>
      <div className="review-body">
        <article className="article-pane">
          <ArticleText
            body={article.body}
            claims={claims.map((c) => ({ id: c.id, start: c.start, end: c.end, status: statusOf(c) }))}
            figures={figures.map((f) => ({ start: f.start ?? -1, end: f.end ?? -1, title: `${f.qualifier}: ${f.rule}` }))}
            selectedId={selected?.id ?? null}
            onSelect={select}
            language={article.language}
          />
        </article>
        <aside className="side-pane">
          {selected ? (
            <ClaimPanel
              claim={{ ...selected, status: statusOf(selected) }}
              figures={figures.filter((f) => f.claimId === selected.id)}
              measures={figureMeasures}
              fetcher={fetcher}
              redirectTo={`/articles/${article.id}?claim=${selected.id}`}
            />
          ) : (
            <p className="empty">No check-worthy claims were found in this article.</p>
          )}
          <ol className="claim-list" aria-label="Claims">
            {claims.map((c, i) => (
              <li key={c.id} id={`item-${c.id}`} className={c.id === selected?.id ? 'selected' : undefined}>
                <Link
                  to={`?claim=${c.id}`}
                  replace
                  preventScrollReset
                  aria-current={c.id === selected?.id ? 'true' : undefined}
                >
                  <span className="n">{i + 1}</span>
                  <StatusBadge status={statusOf(c)} />
                  <span className="t" dir="auto">{c.text}</span>
                </Link>
              </li>
            ))}
          </ol>
          {dismissed.length ? (
            <details className="dismissed">
              <summary>{dismissed.length} dismissed (not claims or merged)</summary>
              <ul>
                {dismissed.map((d) => (
                  <li key={d.id}>
                    <Link to={`/claims/${d.id}`}>{d.text}</Link>
                    {d.mergedInto ? <span className="muted"> · merged into claim {d.mergedInto}</span> : null}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </aside>
      </div>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
