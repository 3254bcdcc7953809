import { Form, useNavigation } from '@remix-run/react';
import type { ClaimActionResult } from '../../utils/claim-form';
import { MAX_COMMENT } from '../../utils/claim-form';

interface Props {
  comments: { id: number; at: string; author: string | null; text: string }[];
  result: ClaimActionResult | undefined;
}

/** The claim's discussion thread: who said what, when (kept in the history), and a box to add to it. */
export function CommentsSection({ comments, result }: Props) {
  const mine = result?.intent === 'comment' ? result : undefined;
  const error = mine?.errors?.text ?? (mine?.field === 'text' || (mine?.error && !mine.errors) ? mine?.error : undefined);
  const sending = useNavigation().formData?.get('intent') === 'comment';
  return (
    <section className="card comments" aria-label="Discussion">
      <h3>Discussion ({comments.length})</h3>
      {comments.length ? (
        <ol className="comment-list">
          {comments.map((c) => (
            <li key={c.id} id={`comment-${c.id}`}>
              <p className="comment-head">
                <strong>{c.author ?? 'command line'}</strong>{' '}
                <time dateTime={c.at} className="muted">
                  {c.at.replace('T', ' ').slice(0, 16)}
                </time>
              </p>
              <p className="comment-text" dir="auto">
                {c.text}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No comments yet.</p>
      )}
      <Form method="post" className="stack" key={comments.length}>
        <input type="hidden" name="intent" value="comment" />
        <label>
          Add a comment <span className="optional">(kept in the history; at most {MAX_COMMENT.toLocaleString('en')} characters)</span>
          <textarea
            name="text"
            rows={3}
            defaultValue={mine?.values?.text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'comment-error' : undefined}
          />
        </label>
        {error ? (
          <p className="field-error" id="comment-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={sending}>
          Comment
        </button>
      </Form>
    </section>
  );
}
