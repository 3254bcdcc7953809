import { Form } from '@remix-run/react';
import { statusLabel } from '../../domain/claims/status';

interface Props {
  claim: {
    version: number;
    status: string;
    signoff: string;
    signoffBy: string | null;
    signoffAt: string | null;
    signoffComment: string | null;
    assigneeId: number | null;
    assignee: string | null;
  };
  users: { id: number; name: string }[];
  me: { id: number; role: string };
}

const SIGNOFF_TEXT: Record<string, string> = {
  none: 'No final status proposed yet.',
  pending: 'Proposed — waiting for an editor’s sign-off.',
  approved: 'Signed off.',
  returned: 'Sent back to the checker.',
};

/** Assignment and editor sign-off: a final status counts as verified only once approved. */
export function SignoffSection({ claim, users, me }: Props) {
  const isEditor = me.role === 'editor' || me.role === 'admin';
  return (
    <section className="card" aria-label="Sign-off and assignment">
      <h3>Sign-off</h3>
      <p className={`signoff signoff-${claim.signoff}`}>
        <strong>{statusLabel(claim.status)}</strong> · {SIGNOFF_TEXT[claim.signoff]}
        {claim.signoffBy && claim.signoff !== 'pending' ? (
          <span className="muted">
            {' '}
            by {claim.signoffBy}
            {claim.signoffAt ? ` on ${claim.signoffAt.slice(0, 10)}` : ''}
          </span>
        ) : null}
      </p>
      {claim.signoff === 'returned' && claim.signoffComment ? (
        <blockquote className="return-comment">{claim.signoffComment}</blockquote>
      ) : null}
      {claim.signoff === 'pending' && isEditor ? (
        <div className="signoff-actions">
          <Form method="post">
            <input type="hidden" name="intent" value="approve" />
            <input type="hidden" name="version" value={claim.version} />
            <button type="submit" className="primary">
              Approve verdict
            </button>
          </Form>
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="return" />
            <input type="hidden" name="version" value={claim.version} />
            <input name="comment" placeholder="Why it goes back (required)" aria-label="Comment for the checker" required />
            <button type="submit">Send back</button>
          </Form>
        </div>
      ) : null}
      <h3>Assigned to</h3>
      <Form method="post" className="inline-form">
        <input type="hidden" name="intent" value="assign" />
        <input type="hidden" name="version" value={claim.version} />
        <select name="assigneeId" defaultValue={claim.assigneeId ?? ''} aria-label="Assignee" key={claim.version}>
          <option value="">Nobody</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <button type="submit">Assign</button>
      </Form>
      {claim.assigneeId !== me.id ? (
        <Form method="post">
          <input type="hidden" name="intent" value="assign" />
          <input type="hidden" name="version" value={claim.version} />
          <input type="hidden" name="assigneeId" value={me.id} />
          <button type="submit" className="link-like">
            Assign to me
          </button>
        </Form>
      ) : null}
    </section>
  );
}
