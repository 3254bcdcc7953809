/**
 * A form's refusal, read out when it appears (role="alert"); nothing when
 * there is no message. `id` lets a field name it in aria-describedby.
 */
export function FormError({ message, id }: { message: string | null | undefined | false; id?: string }) {
  return message ? (
    <p className="form-error" role="alert" id={id}>
      {message}
    </p>
  ) : null;
}
