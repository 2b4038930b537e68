/** Text with one highlighted part, all as text nodes: document text can never become markup. */
import type { Ref } from 'react';
import type { ContextWindow } from '../chat/passage-context.ts';

export function HighlightedText({
  window,
  markRef,
  markLabel,
}: {
  window: ContextWindow;
  markRef?: Ref<HTMLElement>;
  /** Start and end words for screen readers, which do not announce `<mark>` everywhere, in the interface's
   * language (the text around them is the document's). */
  markLabel?: { start: string; end: string; language: string };
}) {
  return (
    <>
      {window.clippedStart ? '… ' : ''}
      {window.before}
      <mark className="utrecht-mark vraagbaak-mark" ref={markRef} tabIndex={markRef ? -1 : undefined}>
        {markLabel ? (
          <span
            className="vraagbaak-visually-hidden"
            lang={markLabel.language}
          >{`${markLabel.start}: `}</span>
        ) : null}
        {window.highlight}
        {markLabel ? (
          <span className="vraagbaak-visually-hidden" lang={markLabel.language}>{` ${markLabel.end}.`}</span>
        ) : null}
      </mark>
      {window.after}
      {window.clippedEnd ? ' …' : ''}
    </>
  );
}
