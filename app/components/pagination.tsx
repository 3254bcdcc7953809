import { Link, useLocation } from '@remix-run/react';

/**
 * Previous/next links for a paged list; `param` names the query parameter
 * (two lists on one page each have their own). `next` adds keyset
 * parameters to the Next link (`{ before: '1234' }`: the rows after the
 * last one shown; an empty value is left out); the Previous link drops
 * them and goes by page number.
 */
export function Pagination({
  page,
  pageSize,
  total,
  param = 'page',
  label = 'Pages',
  next,
}: {
  page: number;
  pageSize: number;
  total: number;
  param?: string;
  label?: string;
  next?: Record<string, string>;
}) {
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number, keys: Record<string, string> = {}) => {
    const params = new URLSearchParams(location.search);
    for (const k of Object.keys(next ?? {})) params.delete(k);
    params.set(param, String(p));
    for (const [k, v] of Object.entries(keys)) if (v) params.set(k, v);
    return `${location.pathname}?${params}`;
  };
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? <Link to={href(page - 1)}>← Previous</Link> : <span />}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? <Link to={href(page + 1, next)}>Next →</Link> : <span />}
    </nav>
  );
}
