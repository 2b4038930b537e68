/**
 * A captioned NL Design System table (Utrecht CSS) in a region that scrolls sideways on a narrow screen. The
 * region is named by the caption and can take focus, so keyboard users can scroll it (WCAG 2.1 SC 2.1.1).
 */
import type { ReactNode } from 'react';

export type Column = string | { label: string; className: string };

export function ScrollTable({
  captionId,
  caption,
  columns,
  narrow = false,
  footer,
  children,
}: {
  captionId: string;
  caption: string;
  columns: readonly Column[];
  narrow?: boolean;
  /** Rows of a `<tfoot>`, such as totals. */
  footer?: ReactNode;
  /** The table body rows. */
  children: ReactNode;
}) {
  return (
    <div className="vraagbaak-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table
        className={`utrecht-table utrecht-table--html-table vraagbaak-table${narrow ? ' vraagbaak-table--narrow' : ''}`}
      >
        <caption id={captionId} className="utrecht-table__caption">
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column, index) => {
              const { label, className } =
                typeof column === 'string' ? { label: column, className: '' } : column;
              return (
                <th
                  key={`${index}-${label}`}
                  className={`utrecht-table__header-cell${className ? ` ${className}` : ''}`}
                  scope="col"
                >
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
        {footer ? <tfoot className="utrecht-table__footer">{footer}</tfoot> : null}
      </table>
    </div>
  );
}
