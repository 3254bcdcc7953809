/**
 * One labelled filter of a list page (`/articles`, `/queue`): a select whose
 * first choice ("Any") leaves the filter off, then `options` as value/label
 * pairs. `value` is the filter as the URL carries it (undefined when off).
 */
export function ChoiceFilter({
  label,
  name,
  value,
  options,
  anyLabel = 'Any',
}: {
  label: string;
  name: string;
  value: string | number | undefined;
  options: readonly { value: string | number; label: string }[];
  anyLabel?: string;
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value === undefined ? '' : String(value)}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
