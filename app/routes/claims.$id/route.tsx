import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import type { ShouldRevalidateFunction } from '@remix-run/react';
import { Link, useActionData, useFetcher, useLoaderData } from '@remix-run/react';
import { getDb } from '../../../db/connection';
import { loadClaimPage } from '../../services/claim-page.server';
import { claimAction } from './actions.server';
import type { ClaimActionResult } from '../../utils/claim-form';
import { claimComments } from '../../services/claim-comments.server';
import { requireUser } from '../../utils/session.server';
import { requireAccess } from '../../utils/access.server';
import { errorToResponse } from '../../utils/error-response.server';
import { idParam } from '../../utils/params';
import { ClaimPanel } from '../../components/claim-panel';
import { statusForKey } from '../../domain/claims/status';
import { useShortcuts } from '../../utils/use-shortcuts';
import { PageErrorBoundary } from '../../components/error-boundary';
import { VerdictSection } from '../../components/workflow/verdict-section';
import { SignoffSection } from '../../components/workflow/signoff-section';
import { EvidenceSection } from '../../components/workflow/evidence-section';
import { StructureSection } from '../../components/workflow/structure-section';
import { CommentsSection } from '../../components/workflow/comments-section';
import { ClaimMatches } from '../../components/claim-matches';
import { SourceChangeNote } from '../../components/source-change';
import { matchesForClaim } from '../../services/claim-matching.server';
import { FormError } from '../../components/form-error';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Claim ${data.claim.id} · Claimdesk` : 'Claim · Claimdesk' },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam(params.id, 'Claim');
  const sourceQuery = (new URL(request.url).searchParams.get('source') ?? '').slice(0, 200);
  const page = await loadClaimPage(getDb(), id, { sourceQuery }).catch((e) => {
    throw errorToResponse(e);
  });
  const [matches, comments] = await Promise.all([matchesForClaim(getDb(), id, { limit: 3, now: new Date() }), claimComments(getDb(), id)]);
  return { ...page, matches, comments, me: { id: user.id, role: user.role } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireAccess(request, 'claim.edit');
  return claimAction(request, idParam(params.id, 'Claim'), user);
}

/** After a 409 the page must show what the other person saved, so reload it even though the action "failed". */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 ? true : defaultShouldRevalidate;

export default function ClaimPage() {
  const page = useLoaderData<typeof loader>();
  const { claim, figures } = page;
  const fetcher = useFetcher<ClaimActionResult>({ key: `status-${claim.id}` });
  const result = useActionData<typeof action>();
  const pendingStatus = fetcher.formData?.get('status');
  const shownStatus = typeof pendingStatus === 'string' ? pendingStatus : claim.status;
  useShortcuts((key) => {
    if (key === 'a') {
      const add = document.querySelector<HTMLDetailsElement>('details.add-evidence');
      if (add) add.open = true;
      document.querySelector<HTMLInputElement>('.library-search input')?.focus();
      return true;
    }
    const status = statusForKey(key);
    if (!status || claim.dismissedAt) return false;
    fetcher.submit(
      { intent: 'status', status, expected: shownStatus },
      { method: 'post' },
    );
    return true;
  });
  return (
    <main className="page claim-page">
      <p className="crumbs">
        <Link to={`/articles/${claim.articleId}?claim=${claim.id}`}>← {claim.articleTitle}</Link>
      </p>
      <div className="page-head">
        <h1>Claim {claim.id}</h1>
        <p className="muted">
          {page.lastChange ? `Last changed ${page.lastChange.at.replace('T', ' ').slice(0, 16)} by ${page.lastChange.actor} · ` : ''}
          <Link to={`/claims/${claim.id}/history`}>History ({page.revisionCount})</Link>
          <span className="keys">
            {' · '}
            <kbd>1</kbd>–<kbd>6</kbd> status · <kbd>a</kbd> add evidence
          </span>
        </p>
      </div>
      <FormError message={result?.error && result.intent !== 'comment' ? result.error : null} />
      <div className="claim-grid">
        <div>
          {page.sourceState ? <SourceChangeNote state={page.sourceState} articleId={claim.articleId} /> : null}
          <ClaimPanel claim={claim} figures={figures} measures={page.figureMeasures} fetcher={fetcher} redirectTo={`/claims/${claim.id}`} showLink={false} />
          <ClaimMatches claimId={claim.id} matches={page.matches} />
          <VerdictSection claim={claim} result={result} ratingLabels={page.ratingLabels} />
          <CommentsSection comments={page.comments} result={result} />
        </div>
        <div>
          <SignoffSection claim={claim} users={page.users} me={page.me} missing={page.missing} reopened={page.reopened} />
          <EvidenceSection
            version={claim.version}
            evidence={page.evidence}
            sourceFigures={page.sourceFigures}
            library={page.library}
            sourceQuery={page.sourceQuery}
            values={result?.intent === 'evidence-add' ? result.values : undefined}
            errors={result?.intent === 'evidence-add' ? result.errors : undefined}
          />
          <StructureSection claim={claim} />
        </div>
      </div>
    </main>
  );
}

export const ErrorBoundary = PageErrorBoundary;

