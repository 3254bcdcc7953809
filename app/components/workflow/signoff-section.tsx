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
    signoffOverride: string | null;
    proposedById: number | null;
    proposedBy: string | null;
    judgedById: number | null;
    assigneeId: number | null;
    assignee: string | null;
  };
  users: { id: number; name: string }[];
  me: { id: number; role: string };
  /** What the proposed verdict still lacks before it can be approved. */
  missing: string[];
  /** When and why an earlier approval was taken back, if it was. */
  reopened?: { at: string; note: string | null; by: string | null } | null;
}

const SIGNOFF_TEXT: Record<string, string> = {
  none: 'No final status proposed yet',
  pending: 'Proposed — waiting for an editor’s sign-off',
  approved: 'Signed off',
  returned: 'Sent back to the checker',
};

/** Assignment and editor sign-off: a final status counts as verified only once approved. */
export function SignoffSection({ claim, users, me, missing, reopened }: Props) {
  const isEditor = me.role === 'editor' || me.role === 'admin';
  const own = claim.proposedById === me.id || claim.judgedById === me.id;
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
        {claim.signoff === 'pending' && claim.proposedBy ? <span className="muted"> · proposed by {claim.proposedBy}</span> : null}
      </p>
      {claim.signoff === 'pending' && reopened ? (
        <p className="signoff-reopened" role="status">
          <strong>Changed since approval</strong> ({reopened.at.slice(0, 10)}
          {reopened.by ? `, ${reopened.by}` : ''}): {reopened.note ?? 'the approved content changed; an editor must approve it again.'}
        </p>
      ) : null}
      {claim.signoff === 'approved' && claim.signoffOverride ? (
        <p className="signoff-override">Admin override of the four-eyes rule: {claim.signoffOverride}</p>
      ) : null}
      {claim.signoff === 'returned' && claim.signoffComment ? (
        <blockquote className="return-comment">{claim.signoffComment}</blockquote>
      ) : null}
      {claim.signoff === 'pending' && missing.length ? (
        <p className="signoff-incomplete" role="status">
          Incomplete: before an editor can approve it, it needs {missing.join(' and ')}.
        </p>
      ) : null}
      {claim.signoff === 'pending' && isEditor && missing.length === 0 ? (
        <div className="signoff-actions">
          {own && me.role !== 'admin' ? (
            <p className="muted">You proposed this verdict or last changed its rating: another editor approves it (four eyes).</p>
          ) : (
            <Form method="post" className={own ? 'stack' : undefined}>
              <input type="hidden" name="intent" value="approve" />
              <input type="hidden" name="version" value={claim.version} />
              {own ? (
                <label>
                  You proposed this verdict or last changed its rating. As an admin you may approve it yourself; say why (kept in the
                  history and the exports):
                  <textarea name="overrideReason" required rows={2} maxLength={1000} />
                </label>
              ) : null}
              <button type="submit" className="primary">
                {own ? 'Approve with override' : 'Approve verdict'}
              </button>
            </Form>
          )}
        </div>
      ) : null}
      {claim.signoff === 'pending' && isEditor ? (
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="return" />
          <input type="hidden" name="version" value={claim.version} />
          <input name="comment" placeholder="Why it goes back (required)" aria-label="Comment for the checker" required />
          <button type="submit">Send back</button>
        </Form>
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
