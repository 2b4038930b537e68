/**
 * Who may read the note: one checkbox per group. The user's own groups are offered (the server refuses
 * others); a group the note already has outside them stays listed, so it is not dropped unseen.
 */
import { useMessages } from '../app/services.tsx';

export const groupId = (index: number) => `notitie-groep-${index}`;

export function GroupChoice({
  groups,
  selected,
  errors,
  onChange,
}: {
  groups: string[];
  selected: string[];
  errors: string[];
  onChange: (groups: string[]) => void;
}) {
  const messages = useMessages();
  const offered = [...new Set([...groups, ...selected])];
  const hintId = 'notitie-groepen-hint';
  const errorIds = errors.map((_, index) => `notitie-groepen-fout-${index}`);
  const toggle = (group: string, checked: boolean) =>
    onChange(checked ? [...selected, group] : selected.filter((candidate) => candidate !== group));
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vraagbaak-notes-fieldset${errors.length > 0 ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={[hintId, ...errorIds].join(' ')}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {messages.notes.fields.accessGroups}
      </legend>
      <p id={hintId} className="utrecht-form-field-description">
        {messages.notes.editor.groupsHint}
      </p>
      {errors.map((error, index) => (
        <p key={errorIds[index]} id={errorIds[index]} className="utrecht-form-field-error-message">
          {error}
        </p>
      ))}
      {offered.map((group, index) => (
        <div key={group} className="utrecht-form-field utrecht-form-field--checkbox vraagbaak-notes-check">
          <input
            id={groupId(index)}
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={selected.includes(group)}
            onChange={(event) => toggle(group, event.target.checked)}
          />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={groupId(index)}>
            {group}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
