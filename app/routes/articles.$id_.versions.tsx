import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { getDb } from '../../db/connection';
import { loadVersionComparison } from '../services/version-comparison.server';
import { requireUser } from '../utils/session.server';
import { errorToResponse } from '../utils/error-response.server';
import { idParam } from '../utils/params';
import { PageErrorBoundary } from '../components/error-boundary';
import { DiffView } from '../components/diff-view';
import { httpUrl } from '../domain/http-url';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Versions of ${data.article.title} · Claimdesk` : 'Versions · Claimdesk' },
];

const versionNumber = (v: string | null) => (v && /^[1-9]\d{0,6}$/.test(v) ? Number(v) : null);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  const id = idParam(params.id, 'Article');
  const q = new URL(request.url).searchParams;
  return loadVersionComparison(getDb(), id, { from: versionNumber(q.get('from')), to: versionNumber(q.get('to')) }).catch((e) => {
    throw errorToResponse(e);
  });
}

const ORIGIN: Record<string, string> = {
  import: 'imported',
  url: 'fetched again',
  paste: 'newer copy pasted',
  reextract: 're-read by a newer extraction engine',
};

export default function ArticleVersions() {
  const { article, versions, from, to, hunks } = useLoaderData<typeof loader>();
  return (
    <main className="page versions-page">
      <p className="crumbs">
        <Link to={`/articles/${article.id}`}>← {article.title}</Link>
      </p>
      <h1>Versions</h1>
      <ol className="version-timeline" aria-label="Version timeline">
        {[...versions].reverse().map((v) => {
          const url = httpUrl(v.finalUrl);
          const s = v.summary;
          return (
            <li key={v.number} className={v.number === to || v.number === from ? 'compared' : undefined}>
              <strong>Version {v.number}</strong> · {ORIGIN[v.origin] ?? v.origin} {v.createdAt.slice(0, 16).replace('T', ' ')} UTC
              {v.createdBy ? ` by ${v.createdBy}` : ''}
              {url ? (
                <>
                  {' · '}from <a href={url} rel="noreferrer noopener" target="_blank">{new URL(url).host}</a> (HTTP {v.httpStatus})
                </>
              ) : null}
              {v.snapshotId ? (
                <>
                  {' · '}
                  <a href={`/snapshots/${v.snapshotId}`} target="_blank" rel="noreferrer">snapshot</a>
                </>
              ) : null}
              {s ? (
                <span className="version-summary">
                  {' · '}
                  {s.changed} changed, {s.removed} removed, {s.added} new claims
                </span>
              ) : null}
              <div className="sha">SHA-256 {v.rawSha256}</div>
            </li>
          );
        })}
      </ol>
      {versions.length > 1 ? (
        <>
          <Form method="get" className="inline version-pick">
            <label>
              Compare version{' '}
              <select name="from" defaultValue={from}>
                {versions.map((v) => (
                  <option key={v.number} value={v.number}>{v.number}</option>
                ))}
              </select>
            </label>
            <label>
              {' '}with{' '}
              <select name="to" defaultValue={to}>
                {versions.map((v) => (
                  <option key={v.number} value={v.number}>{v.number}</option>
                ))}
              </select>
            </label>{' '}
            <button type="submit">Compare</button>
          </Form>
          <h2>
            Version {from} → version {to}
          </h2>
          {hunks.length === 0 ? (
            <p className="empty">{from === to ? 'Choose two different versions.' : 'The text of these versions is the same.'}</p>
          ) : (
            <div className="version-diff" aria-label={`Differences between version ${from} and version ${to}`}>
              {hunks.map((h, i) =>
                h.kind === 'gap' ? (
                  <p key={i} className="gap">… {h.chars.toLocaleString('en')} characters unchanged …</p>
                ) : h.kind === 'moved' ? (
                  <div key={i} className={`moved moved-${h.direction}`}>
                    <span className="moved-label">
                      {h.direction === 'away' ? `Moved to paragraph ${h.paragraph} of version ${to}` : `Moved here from paragraph ${h.paragraph} of version ${from}`}
                    </span>
                    <p>
                      <DiffView parts={h.parts} />
                    </p>
                  </div>
                ) : (
                  <p key={i}>
                    <DiffView parts={h.parts} />
                  </p>
                ),
              )}
            </div>
          )}
        </>
      ) : (
        <p className="empty">One version so far. Import the article&apos;s URL again (or paste a newer copy with the same URL) to add one.</p>
      )}
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;
