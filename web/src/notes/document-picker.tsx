/**
 * Related documents, chosen from the indexed documents the user may read: the linked ones with a button to
 * unlink each, a search box, and the documents found with a button to link each. After either, focus goes
 * back to the search box, and a polite status says how many documents were found.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMessages, useServices } from '../app/services.tsx';
import { useLoaded } from '../app/use-loaded.ts';
import { Button } from '../ui/button.tsx';
import type { RelatedDocumentValue } from './note-values.ts';

export const pickerSearchId = 'notitie-documenten';

export function DocumentPicker({
  selected,
  onChange,
  errors,
}: {
  selected: RelatedDocumentValue[];
  onChange: (documents: RelatedDocumentValue[]) => void;
  errors: string[];
}) {
  const messages = useMessages();
  const words = messages.notes.picker;
  const { notes } = useServices();
  const searchRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useLoaded(
    `zoek:${query}`,
    useCallback((key: string) => notes.documentOptions(key.slice('zoek:'.length)), [notes]),
  );
  const linked = new Set(selected.map((document) => document.id));
  const errorIds = errors.map((_, index) => `${pickerSearchId}-fout-${index}`);

  const link = (document: RelatedDocumentValue) => {
    onChange([...selected, document]);
    searchRef.current?.focus();
  };
  const unlink = (id: string) => {
    onChange(selected.filter((document) => document.id !== id));
    searchRef.current?.focus();
  };

  return (
    <fieldset
      className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vraagbaak-notes-fieldset"
      aria-describedby={errorIds.length > 0 ? errorIds.join(' ') : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {messages.notes.fields.relatedDocuments}
      </legend>
      {errors.map((error, index) => (
        <p key={errorIds[index]} id={errorIds[index]} className="utrecht-form-field-error-message">
          {error}
        </p>
      ))}
      {selected.length === 0 ? (
        <p className="utrecht-paragraph">{words.none}</p>
      ) : (
        <ul className="vraagbaak-notes-documents">
          {selected.map((document) => (
            <li key={document.id} className="vraagbaak-notes-documents__item">
              <span>
                {document.title}
                {document.available ? null : ` (${words.unavailable})`}
              </span>
              <Button
                appearance="subtle"
                aria-label={words.unlink(document.title)}
                onClick={() => unlink(document.id)}
              >
                {words.unlinkShort}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="utrecht-form-field utrecht-form-field--text vraagbaak-form-field">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={pickerSearchId}>
            {words.search}
          </label>
        </div>
        <div
          className="utrecht-form-field__description utrecht-form-field-description"
          id={`${pickerSearchId}-hint`}
        >
          {words.searchHint}
        </div>
        <div className="utrecht-form-field__input">
          <input
            ref={searchRef}
            id={pickerSearchId}
            type="search"
            className="utrecht-textbox utrecht-textbox--html-input vraagbaak-textbox--wide"
            autoComplete="off"
            aria-describedby={`${pickerSearchId}-hint ${pickerSearchId}-aantal`}
            value={text}
            onChange={(event) => setText(event.target.value)}
            // Enter in the search box must not submit the note.
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.preventDefault();
            }}
          />
        </div>
      </div>
      <p id={`${pickerSearchId}-aantal`} className="utrecht-paragraph utrecht-paragraph--small" role="status">
        {found.state === 'ok' ? words.found(found.value.documents.length) : ''}
      </p>
      {found.state === 'ok' && found.value.documents.length > 0 ? (
        <ul className="vraagbaak-notes-documents" aria-label={words.results}>
          {found.value.documents.map((document) => (
            <li key={document.id} className="vraagbaak-notes-documents__item">
              <span>
                {document.title}{' '}
                <span className="vraagbaak-notes-muted">{`${document.source}: ${document.relativePath}`}</span>
              </span>
              {linked.has(document.id) ? (
                <span className="vraagbaak-notes-muted">{words.linked}</span>
              ) : (
                <Button
                  appearance="subtle"
                  aria-label={words.link(document.title)}
                  onClick={() => link({ id: document.id, title: document.title, available: true })}
                >
                  {words.linkShort}
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
