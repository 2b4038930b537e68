/** A note's Markdown as NL Design System elements, built from text nodes only (see markdown-blocks.ts). */
import { useMemo } from 'react';
import { markdownBlocks, type Block, type Inline } from './markdown-blocks.ts';
import { contentLanguage } from '../i18n/content-language.ts';

function Pieces({ pieces }: { pieces: Inline[] }) {
  return (
    <>
      {pieces.map((piece, index) => {
        switch (piece.kind) {
          case 'text':
            return piece.text;
          case 'strong':
            return (
              <strong key={index}>
                <Pieces pieces={piece.children} />
              </strong>
            );
          case 'em':
            return (
              <em key={index}>
                <Pieces pieces={piece.children} />
              </em>
            );
          case 'del':
            return (
              <del key={index}>
                <Pieces pieces={piece.children} />
              </del>
            );
          case 'code':
            return (
              <code key={index} className="utrecht-code">
                {piece.text}
              </code>
            );
          case 'link':
            return (
              <a key={index} className="utrecht-link utrecht-link--html-a" href={piece.href}>
                <Pieces pieces={piece.children} />
              </a>
            );
          case 'break':
            return <br key={index} />;
        }
      })}
    </>
  );
}

function Blocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'heading': {
            const Heading = `h${block.level}` as const;
            return (
              <Heading key={index} className={`utrecht-heading-${block.level}`}>
                <Pieces pieces={block.children} />
              </Heading>
            );
          }
          case 'paragraph':
            return (
              <p key={index} className="utrecht-paragraph">
                <Pieces pieces={block.children} />
              </p>
            );
          case 'plain':
            return <Pieces key={index} pieces={block.children} />;
          case 'list': {
            const items = block.items.map((item, itemIndex) => (
              <li
                key={itemIndex}
                className={block.ordered ? 'utrecht-ordered-list__item' : 'utrecht-unordered-list__item'}
              >
                <Blocks blocks={item} />
              </li>
            ));
            return block.ordered ? (
              <ol key={index} className="utrecht-ordered-list" start={block.start ?? undefined}>
                {items}
              </ol>
            ) : (
              <ul key={index} className="utrecht-unordered-list">
                {items}
              </ul>
            );
          }
          case 'code':
            return (
              <pre key={index} className="utrecht-code-block vraagbaak-notes-code">
                <code>{block.text}</code>
              </pre>
            );
          case 'quote':
            return (
              <blockquote key={index} className="utrecht-blockquote">
                <Blocks blocks={block.children} />
              </blockquote>
            );
          case 'rule':
            return <hr key={index} className="utrecht-separator" />;
          case 'table':
            return (
              <div key={index} className="vraagbaak-table-scroll">
                <table className="utrecht-table utrecht-table--html-table vraagbaak-table">
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      {block.header.map((cell, cellIndex) => (
                        <th key={cellIndex} className="utrecht-table__header-cell" scope="col">
                          <Pieces pieces={cell} />
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {block.rows.map((row, rowIndex) => (
                      <tr key={rowIndex} className="utrecht-table__row">
                        {row.map((cell, cellIndex) => (
                          <td key={cellIndex} className="utrecht-table__cell">
                            <Pieces pieces={cell} />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
        }
      })}
    </>
  );
}

export function MarkdownView({ markdown }: { markdown: string }) {
  const blocks = useMemo(() => markdownBlocks(markdown), [markdown]);
  return (
    <div className="vraagbaak-notes-markdown" lang={contentLanguage}>
      <Blocks blocks={blocks} />
    </div>
  );
}
