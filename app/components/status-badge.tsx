import { statusLabel } from '../domain/claims/status';

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`badge status-${status}`} data-kind="status">
      {statusLabel(status)}
    </span>
  );
}
