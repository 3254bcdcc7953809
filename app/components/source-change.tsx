import { Link } from '@remix-run/react';

export interface SourceState {
  claimId: number;
  state: 'changed' | 'removed';
  diff: Array<{ kind: 'same' | 'added' | 'removed'; text: string }> | null;
  version: number | null;
}

/** The word diff of a changed passage: removed words struck, added ones marked. */
export function WordDiff({ parts }: { parts: SourceState['diff'] }) {
  return (
    <span className="word-diff" dir="auto">
      {(parts ?? []).map((p, i) =>
        p.kind === 'added' ? (
          <ins key={i}>{p.text}</ins>
        ) : p.kind === 'removed' ? (
          <del key={i}>{p.text}</del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </span>
  );
}

/** "Changed in source" (with the word diff) or "Removed from source" for a claim, naming the version. */
export function SourceChangeNote({ state, articleId }: { state: SourceState; articleId: number }) {
  const v = state.version;
  const compare = v && v > 1 ? `/articles/${articleId}/versions?from=${v - 1}&to=${v}` : `/articles/${articleId}/versions`;
  return (
    <div className={`source-change ${state.state}`} role="note">
      <strong>{state.state === 'changed' ? 'Changed in source' : 'Removed from source'}</strong>
      {v ? <> in <Link to={compare}>version {v}</Link></> : null}
      {state.state === 'changed' ? (
        <p>
          <WordDiff parts={state.diff} />
        </p>
      ) : (
        <p>The newer version of the article no longer has this passage. The claim, its review and its history are kept.</p>
      )}
    </div>
  );
}
