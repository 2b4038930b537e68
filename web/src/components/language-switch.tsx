/** Nederlands / English. Each name is written in its own language and marked with `lang`. */
import { catalogues, languages } from '../i18n/language-store.ts';
import { useLanguage, useMessages, useServices } from '../app/services.tsx';

export function LanguageSwitch() {
  const messages = useMessages();
  const current = useLanguage();
  const { language } = useServices();
  return (
    <div role="group" aria-label={messages.app.languageSwitch} className="vraagbaak-language-switch">
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="utrecht-button utrecht-button--subtle vraagbaak-language-switch__button"
          aria-pressed={option === current}
          onClick={() => language.set(option)}
        >
          {catalogues[option].languageName}
        </button>
      ))}
    </div>
  );
}
