import type { FieldMetadata } from '@conform-to/react';

/** A Conform field's first message, beside the field (its id is the one aria-describedby names). */
export function FieldError({ field }: { field: Pick<FieldMetadata<unknown>, 'errors' | 'errorId'> }) {
  return field.errors?.length ? (
    <span className="field-error" id={field.errorId}>
      {field.errors[0]}
    </span>
  ) : null;
}
