import type { DiffPart } from '../domain/history/word-diff';

/** Word diff as text: removed words struck through, added words marked; `dir=auto` so Arabic reads right to left. */
export function DiffView({ parts }: { parts: DiffPart[] }) {
  return (
    <span className="diff" dir="auto">
      {parts.map((p, i) =>
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
