/** NL Design System data list (Utrecht CSS): label and value rows, such as the facts about a document. */
import type { ReactNode } from 'react';

export function DataList({ children }: { children: ReactNode }) {
  return <dl className="utrecht-data-list utrecht-data-list--rows vraagbaak-data-list">{children}</dl>;
}

/** A row of a data list; left out when there is nothing to show. */
export function DataRow({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{children}</dd>
    </div>
  );
}
