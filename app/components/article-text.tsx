import type { ReactNode } from 'react';

interface Highlight {
  id: number;
  start: number;
  end: number;
  status: string;
}

interface Mark {
  start: number;
  end: number;
  title: string;
}

/**
 * The article body as text (never as HTML) with each claim highlighted in its
 * status colour and each figure marked inside it.
 */
export function ArticleText(props: {
  body: string;
  claims: Highlight[];
  figures: Mark[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}) {
  const { body, claims, figures } = props;
  const parts: ReactNode[] = [];
  let at = 0;
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  for (const c of sorted) {
    if (c.start < at) continue; // overlapping anchors: first one wins
    if (c.start > at) parts.push(body.slice(at, c.start));
    const inner = withFigures(body, c.start, c.end, figures);
    parts.push(
      <mark
        key={c.id}
        id={`claim-${c.id}`}
        data-claim-id={c.id}
        data-status={c.status}
        className={`claim status-${c.status}${c.id === props.selectedId ? ' selected' : ''}`}
        onClick={() => props.onSelect(c.id)}
      >
        {inner}
      </mark>,
    );
    at = c.end;
  }
  if (at < body.length) parts.push(body.slice(at));
  return <div className="article-text">{parts}</div>;
}

function withFigures(body: string, start: number, end: number, figures: Mark[]): ReactNode[] {
  const out: ReactNode[] = [];
  let at = start;
  for (const f of figures) {
    if (f.start < at || f.end > end || f.start >= end) continue;
    if (f.start > at) out.push(body.slice(at, f.start));
    out.push(
      <span key={f.start} className="figure" title={f.title}>
        {body.slice(f.start, f.end)}
      </span>,
    );
    at = f.end;
  }
  if (at < end) out.push(body.slice(at, end));
  return out;
}
