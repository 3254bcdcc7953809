import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { getDb } from '../../db/connection';
import { loadArticleList } from '../services/article-list.server';
import { requireUser } from '../utils/session.server';
import { listQuery } from '../utils/params';
import { ARTICLE_PROGRESS, ArticleListQuery, hasFilters } from '../domain/lists/list-filters';
import { Pagination } from '../components/pagination';
import { ChoiceFilter } from '../components/choice-filter';
import { PageErrorBoundary } from '../components/error-boundary';

export const meta: MetaFunction = () => [{ title: 'Articles · Claimdesk' }];

/** `/articles?publisher=&from=&to=&progress=&page=&before=`: bad values answer 400 with the reason. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const filters = listQuery(new URL(request.url), ArticleListQuery);
  return loadArticleList(getDb(), filters);
}

export default function Articles() {
  const { articles, total, page, pageSize, nextBefore, publishers, filters } = useLoaderData<typeof loader>();
  const filtered = hasFilters(filters);
  return (
    <main className="page">
      <div className="page-head">
        <h1>Articles{filtered ? ` (${total.toLocaleString('en')} matching)` : ''}</h1>
        <Link to="/articles/new" className="button primary">
          Import an article
        </Link>
      </div>
      <Form method="get" className="list-filters" aria-label="Filter articles">
        <ChoiceFilter
          label="Publisher"
          name="publisher"
          value={filters.publisher}
          options={[...new Set([...publishers, ...(filters.publisher ? [filters.publisher] : [])])].map((p) => ({ value: p, label: p }))}
        />
        <label>
          Published from
          <input type="date" name="from" defaultValue={filters.from ?? ''} />
        </label>
        <label>
          to
          <input type="date" name="to" defaultValue={filters.to ?? ''} />
        </label>
        <ChoiceFilter label="Progress" name="progress" value={filters.progress} options={ARTICLE_PROGRESS} />
        <button type="submit">Filter</button>
        {filtered ? <Link to="/articles">Clear filters</Link> : null}
      </Form>
      {articles.length === 0 ? (
        filtered ? (
          <p className="empty">No article matches these filters.</p>
        ) : (
          <p className="empty">
            No articles yet. <Link to="/articles/new">Import one</Link> to start checking its claims.
          </p>
        )
      ) : (
        <table className="grid">
          <thead>
            <tr>
              <th>Title</th>
              <th>Publisher</th>
              <th>Published</th>
              <th className="num">Claims</th>
              <th>Review progress</th>
              <th>Imported</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/articles/${a.id}`}>{a.title}</Link>
                </td>
                <td>{a.publisher ?? '—'}</td>
                <td className="nowrap">{a.publishedAt ?? '—'}</td>
                <td className="num">{a.claimCount}</td>
                <td>
                  <Progress done={a.reviewedCount} total={a.claimCount} awaiting={a.awaitingCount} signedOff={a.signedOffCount} />
                </td>
                <td className="nowrap">{a.importedAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} next={{ before: nextBefore ? String(nextBefore) : '' }} />
    </main>
  );
}

function Progress({ done, total, awaiting, signedOff }: { done: number; total: number; awaiting: number; signedOff: number }) {
  const pct = total ? Math.round((done / total) * 100) : 0;
  return (
    <span className="progress" title={`${done} of ${total} claims have a final status`}>
      <progress max={total || 1} value={done} aria-label={`${done} of ${total} reviewed`} />
      <span>
        {done}/{total} reviewed ({pct}%)
        {awaiting ? <span className="badge signoff-pending">{awaiting} awaiting sign-off</span> : null}
        {signedOff ? <span className="badge signoff-approved">{signedOff} signed off</span> : null}
      </span>
    </span>
  );
}

export const ErrorBoundary = PageErrorBoundary;
