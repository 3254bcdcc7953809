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
 * status colour and each figure marked inside it. Each paragraph (blank-line
 * separated) is its own block with dir="auto", so an Arabic paragraph reads
 * right to left beside an English one; a claim that crosses a paragraph
 * break is marked in each (the first piece carries its id).
 */
export function ArticleText(props: {
  body: string;
  claims: Highlight[];
  figures: Mark[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  /** BCP 47 language of the article, for the browser's fonts, hyphenation and screen readers. */
  language?: string | null;
}) {
  const { body, claims, figures } = props;
  const sorted: Highlight[] = [];
  for (const c of [...claims].sort((a, b) => a.start - b.start)) {
    if (!sorted.length || c.start >= sorted[sorted.length - 1].end) sorted.push(c); // overlapping anchors: first one wins
  }
  const marked = new Set<number>();
  const paragraphs = paragraphRanges(body).map(([from, to]) => {
    const parts: ReactNode[] = [];
    let at = from;
    for (const c of sorted) {
      const start = Math.max(c.start, from);
      const end = Math.min(c.end, to);
      if (start >= end) continue;
      if (start > at) parts.push(body.slice(at, start));
      const first = !marked.has(c.id);
      marked.add(c.id);
      parts.push(
        <mark
          key={`${c.id}-${start}`}
          id={first ? `claim-${c.id}` : undefined}
          data-claim-id={c.id}
          data-status={c.status}
          dir="auto"
          className={`claim status-${c.status}${c.id === props.selectedId ? ' selected' : ''}`}
          onClick={() => props.onSelect(c.id)}
        >
          {withFigures(body, start, end, figures)}
        </mark>,
      );
      at = end;
    }
    if (at < to) parts.push(body.slice(at, to));
    return (
      <p key={from} dir="auto" data-start={from}>
        {parts}
      </p>
    );
  });
  return (
    <div className="article-text" lang={props.language && props.language !== 'und' ? props.language : undefined}>
      {paragraphs}
    </div>
  );
}

/**
 * The body offsets [start, end) of the reader's text selection inside an
 * ArticleText, or null when nothing (or something outside it) is selected.
 * Each paragraph renders exactly body[from, to) and carries data-start, so
 * an offset is the paragraph's start plus the text before the point in it.
 */
export function selectionOffsets(root: HTMLElement, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const at = (node: Node, offset: number): number | null => {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    const p = el?.closest<HTMLElement>('p[data-start]');
    if (!p || !root.contains(p)) return null;
    const before = document.createRange();
    before.setStart(p, 0);
    before.setEnd(node, offset);
    return Number(p.dataset.start) + before.toString().length;
  };
  const start = at(range.startContainer, range.startOffset);
  const end = at(range.endContainer, range.endOffset);
  return start === null || end === null || end <= start ? null : { start, end };
}

/** [start, end) of each paragraph: text between blank lines, the blank lines left out. */
function paragraphRanges(body: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const m of body.matchAll(/\n[ \t]*\n\s*/g)) {
    if (m.index > at) out.push([at, m.index]);
    at = m.index + m[0].length;
  }
  if (at < body.length || !out.length) out.push([at, body.length]);
  return out;
}

function withFigures(body: string, start: number, end: number, figures: Mark[]): ReactNode[] {
  const out: ReactNode[] = [];
  let at = start;
  for (const f of figures) {
    if (f.start < at || f.end > end || f.start >= end) continue;
    if (f.start > at) out.push(body.slice(at, f.start));
    out.push(
      <span key={f.start} className="figure" dir="auto" title={f.title}>
        {body.slice(f.start, f.end)}
      </span>,
    );
    at = f.end;
  }
  if (at < end) out.push(body.slice(at, end));
  return out;
}
