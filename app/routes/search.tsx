import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { getDb } from '../../db/connection';
import { parseStatus, STATUSES } from '../domain/claims/status';
import { search } from '../services/search.server';
import { checkSentence } from '../services/claim-matching.server';
import { ClaimMatchList } from '../components/claim-matches';
import { requireUser } from '../utils/session.server';
import { PAGE_SIZE, pageParam } from '../utils/params';
import { Pagination } from '../components/pagination';
import { Snippet } from '../components/snippet';
import { StatusBadge } from '../components/status-badge';
import { PageErrorBoundary } from '../components/error-boundary';
import { ChoiceSelect } from '../components/choice-filter';

export const meta: MetaFunction = () => [{ title: 'Search · Claimdesk' }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const url = new URL(request.url);
  const q = (url.searchParams.get('q') ?? '').slice(0, 500);
  const rawStatus = url.searchParams.get('status') ?? '';
  const status = parseStatus(rawStatus);
  if (rawStatus && !status) throw new Response(`"${rawStatus}" is not a status.`, { status: 400 });
  const page = pageParam(url);
  const check = (url.searchParams.get('check') ?? '').slice(0, 2000);
  const [results, checked] = await Promise.all([
    search(getDb(), { text: q, status, page, pageSize: PAGE_SIZE }),
    check.trim() ? checkSentence(getDb(), check, { limit: 10, now: new Date() }) : Promise.resolve(null),
  ]);
  return { q, status, page, check, checked, ...results };
}

export default function Search() {
  const { q, status, page, claims, total, totalCapped, articles, check, checked } = useLoaderData<typeof loader>();
  return (
    <main className="page">
      <h1>Search</h1>
      <Form method="get" className="search-form" role="search">
        <input type="search" name="q" defaultValue={q} placeholder="Words in claims or articles" aria-label="Search" autoFocus />
        <ChoiceSelect name="status" value={status} options={STATUSES} anyLabel="Any status" aria-label="Status" />
        <button type="submit" className="primary">
          Search
        </button>
      </Form>
      <Form method="get" className="check-form card">
        <h3>
          <label htmlFor="check">Has this been checked?</label>
        </h3>
        <textarea id="check" name="check" defaultValue={check} maxLength={2000} placeholder="Paste a sentence, a quote or a post" />
        <button type="submit">Look for fact-checks</button>
      </Form>
      {checked ? (
        <section aria-label="Fact-checks that may match">
          {checked.length ? <ClaimMatchList matches={checked} /> : <p className="empty">No fact-check in the archive or on the desk says this.</p>}
        </section>
      ) : null}
      {q && total === 0 && articles.length === 0 ? <p className="empty">Nothing matches “{q}”.</p> : null}
      {articles.length ? (
        <section aria-label="Matching articles">
          <h2>Articles</h2>
          <ul className="results">
            {articles.map((a) => (
              <li key={a.articleId}>
                <Link to={`/articles/${a.articleId}`}>{a.title}</Link>
                {a.publisher ? <span className="muted"> · {a.publisher}</span> : null}
                <div>
                  <Snippet text={a.snippet} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {total ? (
        <section aria-label="Matching claims">
          <h2>
            Claims <span className="muted">({totalCapped ? `${total}+` : total})</span>
          </h2>
          <ul className="results">
            {claims.map((c) => (
              <li key={c.claimId}>
                <StatusBadge status={c.status} />{' '}
                <Link to={`/articles/${c.articleId}?claim=${c.claimId}`}>
                  <Snippet text={c.snippet} />
                </Link>
                <div className="muted">{c.articleTitle}</div>
              </li>
            ))}
          </ul>
          <Pagination page={page} pageSize={PAGE_SIZE} total={totalCapped ? Math.max(total, (page + 1) * PAGE_SIZE) : total} />
        </section>
      ) : null}
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
