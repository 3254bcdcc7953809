import { Form } from '@remix-run/react';
import { wordDiff } from '../../domain/history/word-diff';
import { DiffView } from '../diff-view';

/**
 * A stale save: the other person's text beside yours, with "keep mine",
 * "take theirs" and merge by hand. Nothing the user typed is thrown away.
 */
export function ConflictView(props: {
  intent: 'wording' | 'rating';
  field: 'text' | 'verdict';
  mine: string;
  theirs: string;
  version: number;
  extra?: Record<string, string>;
}) {
  const { mine, theirs } = props;
  const hidden = (text: string) => (
    <>
      <input type="hidden" name="intent" value={props.intent} />
      <input type="hidden" name="version" value={props.version} />
      {Object.entries(props.extra ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <input type="hidden" name={props.field} value={text} />
    </>
  );
  return (
    <div className="conflict" role="region" aria-label="Conflicting edit">
      <div className="conflict-cols">
        <div>
          <h4>Saved by someone else</h4>
          <p className="conflict-text">{theirs || '(empty)'}</p>
        </div>
        <div>
          <h4>Yours (not saved)</h4>
          <p className="conflict-text">{mine || '(empty)'}</p>
        </div>
      </div>
      <p className="conflict-diff">
        <span className="muted">Their version → yours: </span>
        <DiffView parts={wordDiff(theirs, mine)} />
      </p>
      <div className="conflict-actions">
        <Form method="post">
          {hidden(mine)}
          <button type="submit" className="primary">
            Keep mine
          </button>
        </Form>
        <Form method="get">
          <button type="submit">Take theirs</button>
        </Form>
      </div>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value={props.intent} />
        <input type="hidden" name="version" value={props.version} />
        {Object.entries(props.extra ?? {}).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <label>
          Merge by hand
          <textarea name={props.field} rows={4} defaultValue={mine} />
        </label>
        <button type="submit">Save merged text</button>
      </Form>
    </div>
  );
}
