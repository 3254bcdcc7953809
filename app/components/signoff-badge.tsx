import { SIGNOFF_STATE_LABELS, type SignoffState } from '../domain/claims/signoff';

/** A claim's sign-off state beside its status (nothing for a claim with no sign-off). */
export function SignoffBadge({ state }: { state: SignoffState }) {
  if (state === 'none') return null;
  return (
    <span className={`badge signoff-${state}`} data-kind="signoff" title={`Sign-off: ${SIGNOFF_STATE_LABELS[state]}`}>
      {SIGNOFF_STATE_LABELS[state]}
    </span>
  );
}
