import { VERDICT_LABEL, type MeasureVerdict } from '../domain/measures/measure-verdict';

/** A measure's computed verdict, coloured by kind. */
export function VerdictBadge({ verdict }: { verdict: MeasureVerdict }) {
  return <span className={`verdict verdict-${verdict}`}>{VERDICT_LABEL[verdict]}</span>;
}
