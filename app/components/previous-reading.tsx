import type { MemberFigure } from '../domain/measures/types';
import { describeInterval } from '../utils/describe-interval';

type Previous = NonNullable<MemberFigure['previous']>;

/**
 * The reading a figure had before a newer version of its article changed its
 * sentence, struck through, to stand before the current one; `what` picks
 * the words as written or the interval. Renders nothing for a figure never re-read.
 */
export function PreviousReading({ previous, what }: { previous: Previous | null | undefined; what: 'text' | 'interval' }) {
  if (!previous) return null;
  const v = previous.version;
  const title = v ? `Read this way until version ${v} of the article` : 'Read this way in an earlier version of the article';
  return (
    <>
      <del className="previous-reading" title={title}>
        {what === 'text' ? previous.text : describeInterval(previous.low, previous.high, previous.qualifier)}
      </del>{' '}
    </>
  );
}

/** "version 2": which version of the article re-read the figure, beside its newer reading. */
export function RereadVersion({ previous }: { previous: Previous | null | undefined }) {
  if (!previous) return null;
  return <span className="reread-version">{previous.version ? ` re-read in version ${previous.version}` : ' re-read in a newer version'}</span>;
}
