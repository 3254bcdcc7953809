import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { getDb } from '../../db/connection';
import { listQueue } from '../models/claim.server';
import { requireUser } from '../utils/session.server';
import { can } from '../utils/permissions';
import { StatusBadge } from '../components/status-badge';
import { PageErrorBoundary } from '../components/error-boundary';

export const meta: MetaFunction = () => [{ title: 'My queue · Claimdesk' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = getDb();
  const mine = await listQueue(db, { assigneeId: user.id });
  const awaiting = can(user.role, 'claim.signoff') ? await listQueue(db, { signoff: 'pending' }) : null;
  const returned = mine.filter((c) => c.signoff === 'returned');
  return { mine, awaiting, returned: returned.length };
}

type Item = Awaited<ReturnType<typeof loader>>['mine'][number];

function QueueTable({ items, empty }: { items: Item[]; empty: string }) {
  if (items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <table className="grid">
      <thead>
        <tr>
          <th>Status</th>
          <th>Claim</th>
          <th>Article</th>
          <th>Assignee</th>
          <th>Changed</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id}>
            <td>
              <StatusBadge status={c.status} />
              {c.signoff === 'pending' ? <span className="badge signoff-pending">awaiting sign-off</span> : null}
              {c.signoff === 'returned' ? <span className="badge signoff-returned">sent back</span> : null}
            </td>
            <td>
              <Link to={`/claims/${c.id}`}>{c.text}</Link>
            </td>
            <td>
              <Link to={`/articles/${c.articleId}?claim=${c.id}`}>{c.articleTitle}</Link>
            </td>
            <td>{c.assignee ?? '—'}</td>
            <td>{c.updatedAt.slice(0, 10)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function Queue() {
  const { mine, awaiting, returned } = useLoaderData<typeof loader>();
  return (
    <main className="page">
      {awaiting ? (
        <section aria-label="Awaiting sign-off">
          <h1>Awaiting sign-off ({awaiting.length})</h1>
          <QueueTable items={awaiting} empty="No verdicts are waiting for an editor." />
        </section>
      ) : null}
      <section aria-label="My queue">
        <h1>My queue ({mine.length})</h1>
        {returned ? <p className="form-error">{returned} of your claims were sent back by an editor.</p> : null}
        <QueueTable items={mine} empty="Nothing is assigned to you. Claims you assign to yourself appear here." />
      </section>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
