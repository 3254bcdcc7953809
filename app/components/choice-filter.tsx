/** Value/label pairs a filter offers after its "Any" choice. */
type Choices = readonly { value: string | number; label: string }[];

/**
 * A select whose first choice ("Any", or `anyLabel`) leaves the filter off,
 * then `options` as value/label pairs. `value` is the filter as the URL
 * carries it (undefined or null when off). Without a visible label, pass
 * `aria-label`; `onChange` lets a page filter as soon as a choice is made.
 */
export function ChoiceSelect({
  name,
  value,
  options,
  anyLabel = 'Any',
  onChange,
  'aria-label': ariaLabel,
}: {
  name: string;
  value: string | number | undefined | null;
  options: Choices;
  anyLabel?: string;
  onChange?: React.ChangeEventHandler<HTMLSelectElement>;
  'aria-label'?: string;
}) {
  return (
    <select name={name} defaultValue={value === undefined || value === null ? '' : String(value)} onChange={onChange} aria-label={ariaLabel}>
      <option value="">{anyLabel}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** One labelled filter of a list page (`/articles`, `/queue`): a ChoiceSelect under its label. */
export function ChoiceFilter({ label, ...select }: { label: string; name: string; value: string | number | undefined; options: Choices; anyLabel?: string }) {
  return (
    <label>
      {label}
      <ChoiceSelect {...select} />
    </label>
  );
}
