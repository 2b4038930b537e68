import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Run } from './blocks.ts';
import { columnWidths } from './blocks.ts';
import { normalizeDocxPackage } from './docx-package.ts';
import type { SampleSource } from './source.ts';
import { exampleLabel, fixedTimestamp, metadataLines } from './source.ts';

const accent = 'A3161C';
const muted = '5F5F5F';
const numberedReference = 'genummerd';
// A4 minus 2.5 cm margins on both sides, in twentieths of a point.
const contentWidthTwips = 11906 - 2 * 1417;

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];

const textRuns = (runs: Run[]): TextRun[] =>
  runs.map((run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic }));

const tableFor = (table: Extract<Block, { kind: 'table' }>): Table => {
  // Word lays out the text itself; an estimate in average Arial character widths is enough to share the room out.
  const measure = (text: string, header: boolean): number => text.length * (header ? 125 : 110);
  const widths = columnWidths(table, contentWidthTwips, measure, 200).map(Math.round);
  const cell = (text: string, column: number, isHeader: boolean): TableCell =>
    new TableCell({
      width: { size: widths[column] ?? 0, type: WidthType.DXA },
      shading: isHeader ? { type: ShadingType.CLEAR, color: 'auto', fill: 'ECECEC' } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [new Paragraph({ children: [new TextRun({ text, bold: isHeader, size: 19 })] })],
    });
  return new Table({
    width: { size: contentWidthTwips, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      // The head repeats on every page and no row is split over two pages, as in a well-kept Word table.
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.header.map((text, column) => cell(text, column, true)),
      }),
      ...table.rows.map(
        (row) =>
          new TableRow({ cantSplit: true, children: row.map((text, column) => cell(text, column, false)) }),
      ),
    ],
  });
};

const bodyFor = (blocks: Block[]): Array<Paragraph | Table> => {
  const children: Array<Paragraph | Table> = [];
  let numberedLists = 0;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const heading = headingLevels[Math.min(block.level, headingLevels.length) - 1];
      children.push(new Paragraph({ text: block.text, heading }));
    } else if (block.kind === 'paragraph') {
      children.push(new Paragraph({ children: textRuns(block.runs), spacing: { after: 120 } }));
    } else if (block.kind === 'notice') {
      const border = { style: BorderStyle.SINGLE, size: 6, color: 'D9A400', space: 6 };
      children.push(
        new Paragraph({
          children: textRuns(block.runs.map((run) => ({ ...run, italic: true }))),
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF4D6' },
          border: { top: border, bottom: border, left: border, right: border },
          spacing: { after: 240 },
        }),
      );
    } else if (block.kind === 'list') {
      // Every numbered list restarts at 1: each one gets its own numbering instance.
      const instance = block.ordered ? ++numberedLists : 0;
      for (const [index, item] of block.items.entries()) {
        children.push(
          new Paragraph({
            children: textRuns(item),
            ...(block.ordered
              ? { numbering: { reference: numberedReference, level: 0, instance } }
              : { bullet: { level: 0 } }),
            spacing: { after: index === block.items.length - 1 ? 160 : 60 },
          }),
        );
      }
    } else {
      children.push(tableFor(block), new Paragraph({ text: '' }));
    }
  }
  return children;
};

/** Word document with real Heading styles, lists, tables and the example label in the page header. */
export async function renderDocx(source: SampleSource, blocks: Block[]): Promise<Uint8Array> {
  const title = [
    new Paragraph({
      children: [new TextRun({ text: 'GEMEENTE GRONINGEN', bold: true, color: accent, size: 20 })],
    }),
    new Paragraph({ text: source.title, heading: HeadingLevel.HEADING_1 }),
    ...metadataLines(source).map(
      ([label, value]) =>
        new Paragraph({
          children: [
            new TextRun({ text: `${label}: `, bold: true, color: muted, size: 19 }),
            new TextRun({ text: value, color: muted, size: 19 }),
          ],
        }),
    ),
    new Paragraph({ text: '' }),
  ];
  const document = new Document({
    title: source.title,
    subject: exampleLabel,
    description: exampleLabel,
    creator: `Gemeente Groningen${source.afdeling ? `, ${source.afdeling}` : ''} (fictief)`,
    lastModifiedBy: 'Vraagbaak scripts/build-sample-corpus.ts',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 21 } },
        heading1: {
          run: { font: 'Arial', size: 34, bold: true, color: '1A1A1A' },
          paragraph: { spacing: { after: 160 } },
        },
        heading2: {
          run: { font: 'Arial', size: 28, bold: true, color: accent },
          paragraph: { spacing: { before: 320, after: 120 } },
        },
        heading3: {
          run: { font: 'Arial', size: 23, bold: true, color: '1A1A1A' },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: numberedReference,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 720, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1417, bottom: 1417, left: 1417, right: 1417 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: exampleLabel, italics: true, color: muted, size: 16 })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: [
                      `${source.title} · Pagina `,
                      PageNumber.CURRENT,
                      ' van ',
                      PageNumber.TOTAL_PAGES,
                    ],
                    color: muted,
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...title, ...bodyFor(blocks)],
      },
    ],
  });
  return normalizeDocxPackage(await Packer.toBuffer(document), fixedTimestamp(source.date));
}
