import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { getDb } from '../../db/connection';
import { countArticles, listArticles } from '../models/article.server';
import { requireUser } from '../utils/session.server';
import { PAGE_SIZE, pageParam } from '../utils/params';
import { Pagination } from '../components/pagination';
import { PageErrorBoundary } from '../components/error-boundary';

export const meta: MetaFunction = () => [{ title: 'Articles · Claimdesk' }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const page = pageParam(new URL(request.url));
  const db = getDb();
  const [articles, total] = await Promise.all([
    listArticles(db, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    countArticles(db),
  ]);
  return { articles, total, page };
}

export default function Articles() {
  const { articles, total, page } = useLoaderData<typeof loader>();
  return (
    <main className="page">
      <div className="page-head">
        <h1>Articles</h1>
        <Link to="/articles/new" className="button primary">
          Import an article
        </Link>
      </div>
      {articles.length === 0 ? (
        <p className="empty">
          No articles yet. <Link to="/articles/new">Import one</Link> to start checking its claims.
        </p>
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
                <td>{a.publishedAt ?? '—'}</td>
                <td className="num">{a.claimCount}</td>
                <td>
                  <Progress done={a.reviewedCount} total={a.claimCount} />
                </td>
                <td>{a.importedAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} />
    </main>
  );
}

function Progress({ done, total }: { done: number; total: number }) {
  const pct = total ? Math.round((done / total) * 100) : 0;
  return (
    <span className="progress" title={`${done} of ${total} claims have a final status`}>
      <progress max={total || 1} value={done} aria-label={`${done} of ${total} reviewed`} />
      <span>
        {done}/{total} reviewed ({pct}%)
      </span>
    </span>
  );
}

export const ErrorBoundary = PageErrorBoundary;
