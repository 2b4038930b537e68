/**
 * A labelled form field (Utrecht CSS) with its hint and error messages tied to the control by
 * aria-describedby, and aria-invalid while it has an error.
 */
import type { InputHTMLAttributes, ReactNode } from 'react';

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  errors: string[];
  /** Renders the control with the attributes that tie it to the label, hint and errors. */
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
  kind?: 'text' | 'textarea' | 'select';
}

export function Field({ id, label, hint, errors, children, kind = 'text' }: FieldProps) {
  const hintId = `${id}-hint`;
  const errorIds = errors.map((_, index) => `${id}-error-${index}`);
  const describedBy = [...(hint ? [hintId] : []), ...errorIds].join(' ');
  const invalid = errors.length > 0;
  return (
    <div
      className={[
        'utrecht-form-field',
        `utrecht-form-field--${kind === 'textarea' ? 'textarea' : 'text'}`,
        'vraagbaak-form-field',
        invalid ? 'utrecht-form-field--invalid' : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={hintId}>
          {hint}
        </div>
      ) : null}
      {errors.map((error, index) => (
        <div
          key={errorIds[index]}
          id={errorIds[index]}
          className="utrecht-form-field__error-message utrecht-form-field-error-message"
        >
          {error}
        </div>
      ))}
      <div className="utrecht-form-field__input">
        {children({
          id,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          ...(invalid ? { 'aria-invalid': true as const } : {}),
        })}
      </div>
    </div>
  );
}

export type TextFieldProps = Omit<FieldProps, 'children' | 'kind'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'children'> & {
    /** As wide as the form, for paths and titles. */
    wide?: boolean;
  };

/** A one-line input in a `Field`, marked invalid (Utrecht CSS) while it has an error. */
export function TextField({
  id,
  label,
  hint,
  errors,
  wide = false,
  type = 'text',
  ...input
}: TextFieldProps) {
  const className = [
    'utrecht-textbox utrecht-textbox--html-input',
    wide ? 'vraagbaak-textbox--wide' : '',
    errors.length > 0 ? 'utrecht-textbox--invalid' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(control) => <input {...input} {...control} type={type} className={className} />}
    </Field>
  );
}
