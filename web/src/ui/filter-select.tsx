/** A labelled select in a GET filter form (NL Design System classes): "all" first, then the choices. */
export function FilterSelect({
  id,
  name,
  label,
  allLabel,
  defaultValue,
  options,
}: {
  id: string;
  /** The query parameter the form sends. */
  name: string;
  label: string;
  /** The empty choice: no filter on this field. */
  allLabel: string;
  defaultValue: string | null;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div className="utrecht-form-field">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__input">
        <select
          id={id}
          name={name}
          className="utrecht-select utrecht-select--html-select"
          defaultValue={defaultValue ?? ''}
        >
          <option value="">{allLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
