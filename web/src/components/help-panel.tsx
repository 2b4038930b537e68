/** Short AI-literacy help: how to ask a good question and how to check the answer and its sources. */
import { useEffect, useRef } from 'react';
import { useMessages } from '../app/services.tsx';
import { Button } from '../ui/button.tsx';

export const helpPanelId = 'hulp';

export function HelpPanel({ onClose }: { onClose: () => void }) {
  const messages = useMessages();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section id={helpPanelId} className="vraagbaak-help" aria-labelledby={`${helpPanelId}-kop`}>
      <h2 id={`${helpPanelId}-kop`} className="utrecht-heading-2" tabIndex={-1} ref={headingRef}>
        {messages.help.title}
      </h2>
      <h3 className="utrecht-heading-3">{messages.help.askTitle}</h3>
      <ul className="utrecht-unordered-list">
        {messages.help.ask.map((line) => (
          <li className="utrecht-unordered-list__item" key={line}>
            {line}
          </li>
        ))}
      </ul>
      <h3 className="utrecht-heading-3">{messages.help.checkTitle}</h3>
      <ul className="utrecht-unordered-list">
        {messages.help.check.map((line) => (
          <li className="utrecht-unordered-list__item" key={line}>
            {line}
          </li>
        ))}
      </ul>
      <h3 className="utrecht-heading-3">{messages.help.aiTitle}</h3>
      <p className="utrecht-paragraph">{messages.help.ai}</p>
      <div className="vraagbaak-actions">
        <Button onClick={onClose}>{messages.help.close}</Button>
      </div>
    </section>
  );
}
