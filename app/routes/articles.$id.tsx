import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { useActionData } from '@remix-run/react';
import { addClaimByHand } from '../services/claim-by-hand.server';
import { editArticleCitation } from '../services/article-edit.server';
import { requireAccess } from '../utils/access.server';
import { fieldErrorsOf, parseForm, postedValues } from '../utils/form.server';
import { ArticleAction, type ArticleActionResult } from '../utils/article-form';
import { selectionOffsets } from '../components/article-text';
import type { ShouldRevalidateFunction } from '@remix-run/react';
import { Form, Link, useFetcher, useFetchers, useLoaderData, useLocation, useNavigate, useSearchParams, useSubmit } from '@remix-run/react';
import { useCallback, useEffect, useRef, useState } from 'react';
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
import { SignoffBadge } from '../components/signoff-badge';
import { applyClaimFilters, CLAIM_SORTS, isFiltered, isHighlighted, parseClaimFilters } from '../domain/claims/claim-filters';
import { SIGNOFF_STATE_LABELS, type SignoffState } from '../domain/claims/signoff';
import { STATUSES } from '../domain/claims/status';
import { SourceChangeNote } from '../components/source-change';
import { FormError } from '../components/form-error';
import { ChoiceSelect } from '../components/choice-filter';

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

/**
 * Adds a claim from selected text (then shows it selected), or corrects the
 * article's citation. Field errors answer 400; refusals go through errorToResponse.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireAccess(request, 'claim.edit');
  const articleId = idParam(params.id, 'Article');
  const { form, submission } = await parseForm(request, ArticleAction);
  const values = postedValues(form, 5000);
  const posted = submission.payload.intent;
  const intent = typeof posted === 'string' ? posted.slice(0, 40) : '';
  if (submission.status !== 'success') {
    const errors = fieldErrorsOf(submission);
    return data<ArticleActionResult>({ intent, values, errors, error: errors.intent ? `Unknown action "${intent}"` : Object.values(errors)[0] }, { status: 400 });
  }
  const input = submission.value;
  const actor = { id: user.id, now: new Date() };
  try {
    if (input.intent === 'add-claim') {
      const { claimId } = await addClaimByHand(getDb(), { articleId, start: input.start, end: input.end, actor });
      return redirect(`/articles/${articleId}?claim=${claimId}`);
    }
    await editArticleCitation(getDb(), {
      articleId,
      seen: { title: input.seenTitle, url: input.seenUrl ?? null, publisher: input.seenPublisher ?? null, publishedAt: input.seenPublishedAt ?? null },
      next: { title: input.title, url: input.url, publisher: input.publisher, publishedAt: input.publishedAt },
      actor,
    });
    return data<ArticleActionResult>({ intent });
  } catch (e) {
    return errorToResponse<ArticleActionResult>(e, { intent, values }, {
      stale: () => ({ error: 'Someone else changed this article’s details while you were editing; nothing was saved. Look at them again and retry.' }),
    });
  }
}

/**
 * The loader reads no search params: moving between claims (?claim=),
 * filtering, sorting and the highlight toggle only change the URL, so
 * nothing reloads and j/k answer at once.
 */
export const shouldRevalidate: ShouldRevalidateFunction = (args) =>
  !args.formMethod && args.currentUrl.pathname === args.nextUrl.pathname ? false : args.defaultShouldRevalidate;

/** The history state of a URL the review page wrote after the checker selected a claim on it. */
interface SelectedHere {
  selectedHere: number;
}

export default function ArticleReview() {
  const { article, claims: allClaims, figures, dismissed, canExport, figureMeasures, assignees, versions, sourceStates } = useLoaderData<typeof loader>();
  const sourceState = (id: number) => sourceStates.find((s) => s.claimId === id) ?? null;
  const latest = versions[versions.length - 1] ?? null;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = parseClaimFilters(params);
  const highlightAll = params.get('highlight') === 'all';
  const claims = applyClaimFilters(allClaims, filters);
  const requested = Number(params.get('claim')) || null;
  // The selection lives in React state (the URL follows it), so a key pressed
  // right after another acts on the claim the checker now sees.
  const [selectedId, setSelectedId] = useState<number | null>(requested);
  const location = useLocation();
  useEffect(() => {
    if (!requested) return;
    // A URL this page wrote itself (select(), below) follows a selection
    // already made. The router commits such URLs late, in a transition: taking
    // one back as a selection would move the checker, after j j j, back to a
    // claim they had passed, and the next status key would land on it.
    if ((location.state as SelectedHere | null)?.selectedHere === requested) return;
    setSelectedId(requested);
    // A claim just added (or linked to) comes into view; one already in view stays put.
    scrollIntoPane(document.getElementById(`claim-${requested}`), 'nearest');
    scrollIntoPane(document.getElementById(`item-${requested}`), 'nearest');
  }, [requested]);
  const selected = claims.find((c) => c.id === selectedId) ?? claims[0] ?? null;
  const selectedRef = useRef(selected);
  selectedRef.current = selected;
  const fetcher = useFetcher<{ error?: string; status?: string; version?: number }>({
    key: `status-${selected?.id ?? 0}`,
  });

  const submit = useSubmit();
  const [hint, setHint] = useState<string | null>(null);
  const select = useCallback(
    (id: number) => {
      setSelectedId(id);
      const next = new URLSearchParams(window.location.search);
      next.set('claim', String(id));
      navigate(`?${next}`, { replace: true, preventScrollReset: true, state: { selectedHere: id } satisfies SelectedHere });
      scrollIntoPane(document.getElementById(`claim-${id}`), 'nearest');
      scrollIntoPane(document.getElementById(`item-${id}`), 'nearest');
    },
    [navigate],
  );
  // A link to ?claim=N (from search, the queue, a split) opens with that claim in view in both panes.
  useEffect(() => {
    if (!requested) return;
    scrollIntoPane(document.getElementById(`claim-${requested}`), 'center');
    scrollIntoPane(document.getElementById(`item-${requested}`), 'center');
    // Only on arrival: later moves scroll in select().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const withParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    return `?${next}`;
  };

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
    if (key === 'n') {
      addFromSelection();
      return true;
    }
    if (key === 'o' || key === 'Enter') {
      navigate(`/claims/${selected.id}`);
      return true;
    }
    const status = statusForKey(key);
    if (!status) return false;
    // Keyed by the claim, not by the fetcher of the last render: a key pressed
    // before React re-renders after j/k must neither go through the previous
    // claim's fetcher nor cancel that claim's save still on its way.
    submit(
      { intent: 'status', status, expected: statusOf(selected) },
      { method: 'post', action: `/claims/${selected.id}`, navigate: false, fetcherKey: `status-${selected.id}` },
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
  const reviewed = allClaims.filter((c) => (FINAL_STATUSES as readonly string[]).includes(statusOf(c))).length;
  const url = httpUrl(article.url);
  const result = useActionData<typeof action>() as ArticleActionResult | undefined;
  const addFromSelection = () => {
    const root = document.querySelector<HTMLElement>('.article-text');
    const range = root ? selectionOffsets(root, window.getSelection()) : null;
    if (!range) {
      setHint('Select some of the article text first, then add it as a claim.');
      return;
    }
    setHint(null);
    submit({ intent: 'add-claim', start: String(range.start), end: String(range.end) }, { method: 'post', preventScrollReset: true });
  };

  return (
    <main className="review">
      <div className="review-head">
        <div>
          <h1>{article.title}</h1>
          <p className="byline">
            {article.publisher ?? 'Unknown publisher'}
            {article.author ? ` · by ${article.author}` : ''}
            {article.publishedAt ? ` · ${article.publishedAt}` : ''}
            {article.dateline ? (
              <>
                {' · '}
                <span className="dateline" title="The dateline the import took off the article's first paragraph">
                  Filed: <span dir="auto">{article.dateline}</span>
                </span>
              </>
            ) : null}
            {url ? (
              <>
                {' · '}
                <a href={url} rel="noreferrer noopener" target="_blank">
                  original
                </a>
              </>
            ) : null}
            {' · '}
            {allClaims.length} claims, {reviewed} with a final status
          </p>

          {latest ? (
            <p className="versions-line">
              <Link to={`/articles/${article.id}/versions`}>
                Version {latest.number}
                {versions.length > 1 ? ` of ${versions.length}` : ''}
              </Link>
              {latest.fetchedAt ? ` · fetched ${latest.fetchedAt.slice(0, 16).replace('T', ' ')} UTC` : ''}
              {latest.snapshotId ? (
                <>
                  {' · '}
                  <a href={`/snapshots/${latest.snapshotId}`} target="_blank" rel="noreferrer">
                    snapshot
                  </a>
                </>
              ) : null}
              {sourceStates.length ? ` · ${sourceStates.filter((s) => s.state === 'changed').length} claims changed in source, ${sourceStates.filter((s) => s.state === 'removed').length} removed` : ''}
            </p>
          ) : null}
          <CitationEditor article={article} result={result?.intent === 'edit-article' ? result : undefined} />
        </div>
        <p className="keys" aria-label="Keyboard shortcuts">
          <kbd>j</kbd>/<kbd>k</kbd> next/previous claim · <kbd>1</kbd>–<kbd>6</kbd> set status · <kbd>o</kbd> open claim · <kbd>n</kbd> add the selected text as a claim
        </p>
        <button type="button" className="add-claim" onClick={addFromSelection}>
          Add selected text as a claim
        </button>
        {canExport ? (
          <ExportMenu
            articleId={article.id}
            signedOff={allClaims.filter((c) => c.signoffState === 'approved' && (FINAL_STATUSES as readonly string[]).includes(c.status)).length}
          />
        ) : null}
      </div>
      <FormError message={hint || (result?.intent === 'add-claim' ? result.error : null)} />
      <div className="review-body">
        <article className="article-pane">
          <ArticleText
            body={article.body}
            claims={allClaims
              .filter((c) => c.end > c.start)
              .filter((c) => isHighlighted({ checkWorthy: c.checkWorthy, status: statusOf(c) }, highlightAll) || c.id === selected?.id)
              .map((c) => ({ id: c.id, start: c.start, end: c.end, status: statusOf(c) }))}
            figures={figures.map((f) => ({ start: f.start ?? -1, end: f.end ?? -1, title: `${f.qualifier}: ${f.rule}` }))}
            selectedId={selected?.id ?? null}
            onSelect={select}
            language={article.language}
          />
        </article>
        <aside className="side-pane">
          {/* The panel and the list scroll apart: moving down the list never pushes the selected claim's panel out of view. */}
          <div className="panel-area">
            {selected && sourceState(selected.id) ? <SourceChangeNote state={sourceState(selected.id)!} articleId={article.id} /> : null}
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
          </div>
          <div className="list-area">
          <ClaimFilterBar
            filters={filters}
            assignees={assignees}
            shown={claims.length}
            total={allClaims.length}
            highlightAll={highlightAll}
            toggleHighlight={withParam('highlight', highlightAll ? null : 'all')}
            claim={selected?.id ?? null}
          />
          <ol className="claim-list" aria-label="Claims">
            {claims.map((c) => (
              <li key={c.id} id={`item-${c.id}`} className={c.id === selected?.id ? 'selected' : undefined}>
                <Link
                  to={withParam('claim', String(c.id))}
                  replace
                  preventScrollReset
                  aria-current={c.id === selected?.id ? 'true' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    select(c.id);
                  }}
                >
                  <span className="n">{allClaims.indexOf(c) + 1}</span>
                  <span className="badges">
                    <StatusBadge status={statusOf(c)} />
                    <SignoffBadge state={c.signoffState as SignoffState} />
                  </span>
                  <span className="t" dir="auto">{c.text}</span>
                  {sourceState(c.id) ? (
                    <span className={`source-flag ${sourceState(c.id)!.state}`}>
                      {sourceState(c.id)!.state === 'changed' ? 'changed in source' : 'removed from source'}
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ol>
          </div>
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

/**
 * Scrolls the pane (article text or claim list) that holds `el` so it is in
 * view, leaving the window where it is (scrollIntoView would move the whole
 * page and hide its header). 'nearest' leaves an element already in view alone.
 */
function scrollIntoPane(el: HTMLElement | null, block: 'nearest' | 'center') {
  const pane = el?.closest<HTMLElement>('.article-pane, .list-area');
  if (!el || !pane) return;
  const r = el.getBoundingClientRect();
  const p = pane.getBoundingClientRect();
  if (block === 'center') pane.scrollTop += r.top + r.height / 2 - (p.top + p.height / 2);
  else if (r.top < p.top) pane.scrollTop += r.top - p.top - 8;
  else if (r.bottom > p.bottom) pane.scrollTop += r.bottom - p.bottom + 8;
}

/** Correct the article's title, URL, publisher and date after import (kept in the history; reopens its sign-offs). */
function CitationEditor({ article, result }: { article: { title: string; url: string | null; publisher: string | null; publishedAt: string | null }; result: ArticleActionResult | undefined }) {
  const errors = result?.errors ?? {};
  const v = (k: string, fallback: string | null) => result?.values?.[k] ?? fallback ?? '';
  const saved = result && !result.error;
  return (
    <details className="citation-edit" open={!!result?.error}>
      <summary>Edit title, URL, publisher, date</summary>
      <Form method="post" className="citation-form" preventScrollReset key={`${article.title}|${article.url}|${article.publisher}|${article.publishedAt}`}>
        <input type="hidden" name="intent" value="edit-article" />
        <input type="hidden" name="seenTitle" value={article.title} />
        <input type="hidden" name="seenUrl" value={article.url ?? ''} />
        <input type="hidden" name="seenPublisher" value={article.publisher ?? ''} />
        <input type="hidden" name="seenPublishedAt" value={article.publishedAt ?? ''} />
        <label>
          Title
          <input name="title" defaultValue={v('title', article.title)} maxLength={500} aria-invalid={errors.title ? true : undefined} />
          {errors.title ? <span className="field-error">{errors.title}</span> : null}
        </label>
        <label>
          URL
          <input name="url" type="url" defaultValue={v('url', article.url)} aria-invalid={errors.url || result?.error?.includes('URL') ? true : undefined} />
          {errors.url ? <span className="field-error">{errors.url}</span> : null}
        </label>
        <label>
          Publisher
          <input name="publisher" defaultValue={v('publisher', article.publisher)} maxLength={200} />
        </label>
        <label>
          Published
          <input name="publishedAt" type="date" defaultValue={v('publishedAt', article.publishedAt)} aria-invalid={errors.publishedAt ? true : undefined} />
          {errors.publishedAt ? <span className="field-error">{errors.publishedAt}</span> : null}
        </label>
        <button type="submit">Save details</button>
        {result?.error ? (
          <p className="form-error" role="alert">
            {result.error}
          </p>
        ) : saved ? (
          <p className="muted" role="status">
            Saved (kept in the history).
          </p>
        ) : null}
      </Form>
    </details>
  );
}

/**
 * Filters and sort for the claim list as a plain GET form (it works before
 * the page is interactive); the URL keeps them, so a view can be linked.
 */
const SIGNOFF_CHOICES = (Object.keys(SIGNOFF_STATE_LABELS) as SignoffState[]).map((s) => ({ value: s, label: SIGNOFF_STATE_LABELS[s] }));

function ClaimFilterBar(props: {
  filters: ReturnType<typeof parseClaimFilters>;
  assignees: { id: number; name: string }[];
  shown: number;
  total: number;
  highlightAll: boolean;
  toggleHighlight: string;
  claim: number | null;
}) {
  const { filters } = props;
  const submit = (e: React.ChangeEvent<HTMLElement>) => (e.currentTarget as HTMLElement).closest('form')?.requestSubmit();
  return (
    <div className="claim-filters">
      <Form method="get" replace preventScrollReset aria-label="Filter claims">
        {props.claim ? <input type="hidden" name="claim" value={props.claim} /> : null}
        {props.highlightAll ? <input type="hidden" name="highlight" value="all" /> : null}
        <ChoiceSelect name="status" value={filters.status} options={STATUSES} anyLabel="Any status" onChange={submit} aria-label="Status" />
        <ChoiceSelect name="signoff" value={filters.signoff} options={SIGNOFF_CHOICES} anyLabel="Any sign-off" onChange={submit} aria-label="Sign-off" />
        <ChoiceSelect
          name="assignee"
          value={filters.assignee}
          options={[{ value: 'none', label: 'Unassigned' }, ...props.assignees.map((u) => ({ value: u.id, label: u.name }))]}
          anyLabel="Anyone"
          onChange={submit}
          aria-label="Assignee"
        />
        <select name="sort" defaultValue={filters.sort} onChange={submit} aria-label="Sort">
          {CLAIM_SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" name="worthy" value="1" defaultChecked={filters.worthy} onChange={submit} /> check-worthy
        </label>
        <label>
          <input type="checkbox" name="figures" value="1" defaultChecked={filters.figures} onChange={submit} /> has figures
        </label>
        <noscript>
          <button type="submit">Filter</button>
        </noscript>
      </Form>
      <p className="muted">
        {isFiltered(filters) ? `${props.shown} of ${props.total} claims · ` : ''}
        <Link to={props.toggleHighlight} replace preventScrollReset>
          {props.highlightAll ? 'Highlight only check-worthy and worked-on claims' : 'Highlight all claims'}
        </Link>
      </p>
    </div>
  );
}

export const ErrorBoundary = PageErrorBoundary;
