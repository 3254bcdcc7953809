import { Link, useLocation } from '@remix-run/react';

/** Previous/next links for a paged list; `param` names the query parameter (two lists on one page each have their own). */
export function Pagination({ page, pageSize, total, param = 'page', label = 'Pages' }: { page: number; pageSize: number; total: number; param?: string; label?: string }) {
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => {
    const params = new URLSearchParams(location.search);
    params.set(param, String(p));
    return `${location.pathname}?${params}`;
  };
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? <Link to={href(page - 1)}>← Previous</Link> : <span />}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? <Link to={href(page + 1)}>Next →</Link> : <span />}
    </nav>
  );
}
