import type React from 'react';
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
  /** Hidden fields "Keep mine" posts with the text (the rating beside a verdict). */
  extra?: Record<string, string>;
  /** A line under each side's text ("Rating: True"), for what was saved with it. */
  aside?: { mine: string; theirs: string };
  /** Fields the merge form shows in place of `extra` (a rating to choose). */
  mergeFields?: React.ReactNode;
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
          <h4>Saved while you were editing</h4>
          <p className="conflict-text">{theirs || '(empty)'}</p>
          {props.aside ? <p className="conflict-aside">{props.aside.theirs}</p> : null}
        </div>
        <div>
          <h4>Yours (not saved)</h4>
          <p className="conflict-text">{mine || '(empty)'}</p>
          {props.aside ? <p className="conflict-aside">{props.aside.mine}</p> : null}
        </div>
      </div>
      {props.aside && props.aside.mine !== props.aside.theirs ? (
        <p className="conflict-differs" role="note">
          They differ here too: {props.aside.theirs} saved, {props.aside.mine} yours. Keep mine saves yours.
        </p>
      ) : null}
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
        {props.mergeFields ??
          Object.entries(props.extra ?? {}).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
        <label>
          Merge by hand
          <textarea name={props.field} rows={4} defaultValue={mine} />
        </label>
        <button type="submit">Save merged text</button>
      </Form>
    </div>
  );
}
