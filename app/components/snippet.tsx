/** Renders an FTS snippet whose matches are wrapped in \u0002…\u0003 as <mark>, all as text. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\u0002[^\u0003]*\u0003)/);
  return (
    <span className="snippet">
      {parts.map((p, i) => (p.startsWith('\u0002') ? <mark key={i}>{p.slice(1, -1)}</mark> : p))}
    </span>
  );
}
