import { Link, useFetcher } from "@remix-run/react";
import { STATUSES } from "../domain/claims/status";
import { describeInterval } from "../utils/describe-interval";
import { StatusBadge } from "./status-badge";
import { VerdictBadge } from "./verdict-badge";
import type { MeasureVerdict } from "../domain/measures/measure-verdict";
import { FormError } from './form-error';
import type { MemberFigure } from '../domain/measures/types';

/** A figure's measure as the panel shows it (see measureInfoOfFigures). */
export interface PanelFigureMeasure {
  measureId: number;
  label: string;
  agreement: "agrees" | "disagrees" | "no_estimate";
  accepted: [number | null, number | null];
  verdict: MeasureVerdict;
}

export interface PanelClaim {
  id: number;
  text: string;
  quote: string;
  attribution: string | null;
  checkworthiness: number;
  reasons: string[];
  status: string;
  version: number;
  signoff?: string;
  assignee?: string | null;
  /** Set when the claim was dismissed (not a claim, or merged): it takes no status until restored. */
  dismissedAt?: string | null;
}

/** What the panel shows of a figure: as written, its interval, what it counts and the rule that read it. */
export type PanelFigure = Pick<MemberFigure, 'id' | 'text' | 'low' | 'high' | 'qualifier' | 'counted' | 'event' | 'rule'>;

const SIGNOFF_BADGE: Record<string, string> = {
  pending: "awaiting sign-off",
  approved: "approved",
  returned: "sent back",
};

export type StatusFetcher = ReturnType<
  typeof useFetcher<{ error?: string; status?: string; version?: number }>
>;

/** The selected claim: quote, figures, and the status buttons (a plain form without JS). */
export function ClaimPanel(props: {
  claim: PanelClaim;
  figures: PanelFigure[];
  fetcher: StatusFetcher;
  redirectTo: string;
  showLink?: boolean;
  /** figure id → its measure; figures on none are absent. */
  measures?: Record<number, PanelFigureMeasure>;
}) {
  const { claim, figures, fetcher } = props;
  const pending = fetcher.formData?.get("status");
  const status = typeof pending === "string" ? pending : claim.status;
  const error = fetcher.data?.error;
  return (
    <section className="claim-panel" aria-label="Selected claim">
      <div className="panel-head">
        {claim.dismissedAt ? (
          <span className="badge status-dismissed">Dismissed</span>
        ) : (
          <StatusBadge status={status} />
        )}
        {!claim.dismissedAt && claim.signoff && SIGNOFF_BADGE[claim.signoff] ? (
          <span className={`badge signoff-${claim.signoff}`}>
            {SIGNOFF_BADGE[claim.signoff]}
          </span>
        ) : null}
        {claim.assignee ? (
          <span className="muted">assigned to {claim.assignee}</span>
        ) : null}
        <span className="score" title={props.claim.reasons.join("; ")}>
          check-worthiness {Math.round(claim.checkworthiness * 100)}%
        </span>
        {props.showLink !== false ? (
          <Link to={`/claims/${claim.id}`} className="permalink">
            Open claim page
          </Link>
        ) : null}
      </div>
      <blockquote dir="auto">{claim.quote}</blockquote>
      {claim.text !== claim.quote ? (
        <p className="claim-text">
          As worded: <bdi>{claim.text}</bdi>
        </p>
      ) : null}
      <p className="attribution">
        Attributed to: <strong>{claim.attribution ?? "not stated"}</strong>
      </p>
      {claim.reasons.length ? (
        <p className="reasons">Picked because: {claim.reasons.join(", ")}</p>
      ) : null}
      <h3>Figures</h3>
      {figures.length === 0 ? (
        <p className="empty">No figures in this claim.</p>
      ) : (
        <table className="grid figures">
          <thead>
            <tr>
              <th>As written</th>
              <th>Interval</th>
              <th>Counted</th>
              <th>Event</th>
              <th>Measure</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.id}>
                <td dir="auto">{f.text}</td>
                <td title={`Read by the rule ${f.rule}`}>
                  {describeInterval(f.low, f.high, f.qualifier)}{" "}
                  <span className="qualifier">
                    {f.qualifier.replace("_", " ")}
                  </span>
                </td>
                <td>{f.counted ?? "—"}</td>
                <td>{f.event ?? "—"}</td>
                <td className="figure-measure">
                  <FigureMeasure m={props.measures?.[f.id]} figureId={f.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Status</h3>
      {claim.dismissedAt ? (
        <p className="muted">
          Dismissed on {claim.dismissedAt.slice(0, 10)}: restore the claim to
          set its status.
        </p>
      ) : (
        <fetcher.Form
          method="post"
          action={`/claims/${claim.id}`}
          className="status-buttons"
        >
          <input type="hidden" name="intent" value="status" />
          {/* A status change is checked against the status the checker saw, not the whole claim's version. */}
          <input type="hidden" name="expected" value={status} />
          <noscript>
            <input type="hidden" name="redirectTo" value={props.redirectTo} />
          </noscript>
          {STATUSES.map((s) => (
            <button
              key={s.value}
              type="submit"
              name="status"
              value={s.value}
              className={`status-${s.value}${
                s.value === status ? " current" : ""
              }`}
              aria-pressed={s.value === status}
              title={`Shortcut: ${s.key}`}
            >
              <kbd>{s.key}</kbd> {s.label}
            </button>
          ))}
        </fetcher.Form>
      )}
      <FormError message={error} />
    </section>
  );
}

/** The figure's measure, its verdict, and whether the figure can be true given the accepted estimate. */
function FigureMeasure({
  m,
  figureId,
}: {
  m: PanelFigureMeasure | undefined;
  figureId: number;
}) {
  if (!m) {
    return (
      <>
        <span className="muted">none</span> ·{" "}
        <Link to={`/measures?new=1&figure=${figureId}`}>
          New measure from this figure
        </Link>
      </>
    );
  }
  return (
    <>
      <Link to={`/measures/${m.measureId}`}>{m.label}</Link>{" "}
      <VerdictBadge verdict={m.verdict} />
      <div>
        {m.agreement === "no_estimate" ? (
          <span className="muted">no accepted estimate yet</span>
        ) : (
          <span className={`agreement-${m.agreement}`}>
            {m.agreement === "agrees" ? "agrees with" : "outside"} accepted{" "}
            {describeInterval(m.accepted[0], m.accepted[1])}
          </span>
        )}
      </div>
    </>
  );
}
