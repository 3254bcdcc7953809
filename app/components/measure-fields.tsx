import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from '@conform-to/react';
import { FieldError } from './field-error';

type Field = FieldMetadata<string | number | null | undefined>;

/** The Conform fields of a measure form (from useForm), by name. */
export interface MeasureFieldSet {
  label: Field;
  unit: Field;
  place: Field;
  periodStart: Field;
  periodEnd: Field;
  acceptedLow: Field;
  acceptedHigh: Field;
  rationale: Field;
}

/** Conform's props without `key`, which React wants passed on its own. */
function props<P extends { key?: unknown }>(p: P): Omit<P, 'key'> {
  const { key: _key, ...rest } = p;
  return rest;
}

/** A measure's fields (label, unit, place, window, accepted estimate, rationale) for the new and edit forms. */
export function MeasureFields({ fields, labelPlaceholder }: { fields: MeasureFieldSet; labelPlaceholder?: string }) {
  const text = (f: Field) => props(getInputProps(f, { type: 'text', ariaAttributes: true }));
  return (
    <>
      <label>
        Label <input {...text(fields.label)} key={fields.label.key} maxLength={200} placeholder={labelPlaceholder} />
      </label>
      <FieldError field={fields.label} />
      <div className="row">
        <label>
          Unit
          <select {...props(getSelectProps(fields.unit))} key={fields.unit.key}>
            <option value="count">count</option>
            <option value="percent">percent</option>
            <option value="money">money</option>
          </select>
        </label>
        <label>
          Place <input {...text(fields.place)} key={fields.place.key} maxLength={200} placeholder="optional" />
        </label>
        <label>
          From <input {...props(getInputProps(fields.periodStart, { type: 'date', ariaAttributes: true }))} key={fields.periodStart.key} />
        </label>
        <label>
          To <input {...props(getInputProps(fields.periodEnd, { type: 'date', ariaAttributes: true }))} key={fields.periodEnd.key} />
        </label>
      </div>
      <FieldError field={fields.periodStart} />
      <FieldError field={fields.periodEnd} />
      <div className="row">
        <label>
          Accepted low <input {...text(fields.acceptedLow)} key={fields.acceptedLow.key} inputMode="decimal" placeholder="optional" />
        </label>
        <label>
          Accepted high <input {...text(fields.acceptedHigh)} key={fields.acceptedHigh.key} inputMode="decimal" placeholder="optional" />
        </label>
      </div>
      <FieldError field={fields.acceptedLow} />
      <FieldError field={fields.acceptedHigh} />
      <label>
        Rationale <textarea {...props(getTextareaProps(fields.rationale, { ariaAttributes: true }))} key={fields.rationale.key} rows={2} placeholder="Why you accept this estimate (needed with low/high)" />
      </label>
      <FieldError field={fields.rationale} />
    </>
  );
}
