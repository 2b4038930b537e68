/**
 * The system clipboard where the browser allows it. On an intranet host served over plain HTTP the
 * Clipboard API is missing (it needs a secure context), so fall back to a selected, off-screen textarea.
 */
import type { ClipboardWriter } from './services.tsx';

export function browserClipboard(): ClipboardWriter {
  return {
    async writeText(text) {
      if (globalThis.isSecureContext && navigator.clipboard) {
        await navigator.clipboard.writeText(text);
        return;
      }
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'vraagbaak-offscreen';
      document.body.append(area);
      const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      area.select();
      const copied = document.execCommand('copy');
      area.remove();
      previous?.focus();
      if (!copied) throw new Error('copy command refused');
    },
  };
}
