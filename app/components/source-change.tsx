import { Link } from '@remix-run/react';
import type { DiffPart } from '../domain/history/word-diff';
import { DiffView } from './diff-view';

export interface SourceState {
  claimId: number;
  state: 'changed' | 'removed';
  diff: DiffPart[] | null;
  version: number | null;
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
          <DiffView parts={state.diff ?? []} />
        </p>
      ) : (
        <p>The newer version of the article no longer has this passage. The claim, its review and its history are kept.</p>
      )}
    </div>
  );
}
