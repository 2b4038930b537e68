import PDFDocument from 'pdfkit';
import type { Block, Run } from './blocks.ts';
import { columnWidths, plainText } from './blocks.ts';
import type { SampleSource } from './source.ts';
import { exampleLabel, fixedTimestamp, metadataLines } from './source.ts';

const margins = { top: 82, bottom: 72, left: 72, right: 72 };
const accent = '#a3161c';
const textColor = '#1a1a1a';
const mutedColor = '#5f5f5f';
const bodySize = 10.5;
const lineGap = 2.5;

const fontFor = (run: Run): string =>
  run.bold && run.italic
    ? 'Helvetica-BoldOblique'
    : run.bold
      ? 'Helvetica-Bold'
      : run.italic
        ? 'Helvetica-Oblique'
        : 'Helvetica';

type Pdf = PDFKit.PDFDocument;

const contentWidth = (pdf: Pdf): number => pdf.page.width - margins.left - margins.right;
const bottomLimit = (pdf: Pdf): number => pdf.page.height - margins.bottom;

/** Starts a new page when less than `needed` points are left, so headings and table heads never end a page. */
const keepSpace = (pdf: Pdf, needed: number): void => {
  if (pdf.y + needed > bottomLimit(pdf)) pdf.addPage();
};

/** Writes styled runs as one flowing paragraph; pdfkit chains runs with `continued`. */
const writeRuns = (pdf: Pdf, runs: Run[], x: number, width: number, size = bodySize): void => {
  pdf.fillColor(textColor).fontSize(size);
  runs.forEach((run, index) => {
    const options = { width, lineGap, continued: index < runs.length - 1 };
    pdf.font(fontFor(run));
    if (index === 0) pdf.text(run.text, x, pdf.y, options);
    else pdf.text(run.text, options);
  });
};

const drawTitleBlock = (pdf: Pdf, source: SampleSource): void => {
  const width = contentWidth(pdf);
  pdf
    .font('Helvetica-Bold')
    .fontSize(10)
    .fillColor(accent)
    .text('GEMEENTE GRONINGEN', margins.left, margins.top, {
      width,
      characterSpacing: 1,
    });
  pdf.moveDown(0.8);
  pdf.font('Helvetica-Bold').fontSize(20).fillColor(textColor).text(source.title, { width, lineGap: 2 });
  pdf.moveDown(0.6);
  for (const [label, value] of metadataLines(source)) {
    pdf.fontSize(9.5).fillColor(mutedColor).font('Helvetica-Bold').text(`${label}: `, { continued: true });
    pdf.font('Helvetica').text(value);
  }
  pdf.moveDown(0.6);
  pdf
    .moveTo(margins.left, pdf.y)
    .lineTo(margins.left + width, pdf.y)
    .lineWidth(0.75)
    .strokeColor(accent)
    .stroke();
  pdf.moveDown(1);
};

const drawNotice = (pdf: Pdf, runs: Run[]): void => {
  const width = contentWidth(pdf);
  const padding = 8;
  pdf.font('Helvetica-Oblique').fontSize(9.5);
  const height = pdf.heightOfString(plainText(runs), { width: width - 2 * padding, lineGap }) + 2 * padding;
  keepSpace(pdf, height + 6);
  const top = pdf.y;
  pdf.rect(margins.left, top, width, height).fillColor('#fff4d6').fill();
  pdf.rect(margins.left, top, 3, height).fillColor('#d9a400').fill();
  pdf.y = top + padding;
  writeRuns(pdf, runs, margins.left + padding, width - 2 * padding, 9.5);
  pdf.y = top + height + 10;
};

const drawHeading = (pdf: Pdf, level: number, text: string): void => {
  const size = level <= 2 ? 15 : level === 3 ? 12 : 11;
  pdf.moveDown(level <= 2 ? 0.9 : 0.6);
  keepSpace(pdf, size * 2 + 4 * bodySize);
  pdf
    .font('Helvetica-Bold')
    .fontSize(size)
    .fillColor(level <= 2 ? accent : textColor)
    .text(text, margins.left, pdf.y, { width: contentWidth(pdf) });
  pdf.moveDown(0.35);
};

const drawList = (pdf: Pdf, ordered: boolean, items: Run[][]): void => {
  const indent = 18;
  items.forEach((runs, index) => {
    keepSpace(pdf, 2 * bodySize + lineGap);
    const top = pdf.y;
    const marker = ordered ? `${index + 1}.` : '•';
    pdf.font('Helvetica').fontSize(bodySize).fillColor(textColor);
    pdf.text(marker, margins.left + 4, top, { width: indent, lineBreak: false });
    pdf.y = top;
    writeRuns(pdf, runs, margins.left + indent + 4, contentWidth(pdf) - indent - 4);
    pdf.moveDown(0.2);
  });
  pdf.moveDown(0.4);
};

const tableSize = 9.5;
const cellPadding = 5;

const drawTable = (pdf: Pdf, table: Extract<Block, { kind: 'table' }>): void => {
  const width = contentWidth(pdf);
  const measure = (text: string, header: boolean): number =>
    pdf
      .font(header ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(tableSize)
      .widthOfString(text);
  const widths = columnWidths(table, width, measure, 2 * cellPadding + 1);
  const rowHeight = (row: string[], header: boolean): number =>
    Math.max(
      ...row.map((text, column) => {
        pdf.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(tableSize);
        return pdf.heightOfString(text, { width: (widths[column] ?? width) - 2 * cellPadding });
      }),
    ) +
    2 * cellPadding;
  const rowHeights = [rowHeight(table.header, true), ...table.rows.map((row) => rowHeight(row, false))];
  const height = rowHeights.reduce((total, value) => total + value, 0);
  // A table that fits on one page is kept on one page; a longer one starts with at least its head and two rows.
  const pageRoom = bottomLimit(pdf) - margins.top;
  keepSpace(
    pdf,
    height <= pageRoom ? height : rowHeights.slice(0, 3).reduce((total, value) => total + value, 0),
  );

  pdf.font('Helvetica').fontSize(tableSize).fillColor(textColor);
  pdf.table({
    position: { x: margins.left, y: pdf.y },
    maxWidth: width,
    columnStyles: widths.map((columnWidth) => ({ width: columnWidth })),
    defaultStyle: { border: 0.5, borderColor: '#9a9a9a', padding: cellPadding },
    data: [
      table.header.map((text) => ({
        text,
        type: 'TH' as const,
        font: { src: 'Helvetica-Bold' },
        backgroundColor: '#ececec',
      })),
      ...table.rows,
    ],
  });
  pdf.x = margins.left;
  pdf.y += 12;
};

/** Header and footer go on last, when the page count is known: "Pagina 2 van 5". */
const drawPageFurniture = (pdf: Pdf, title: string): void => {
  const range = pdf.bufferedPageRange();
  const width = pdf.page.width - margins.left - margins.right;
  for (let index = range.start; index < range.start + range.count; index++) {
    pdf.switchToPage(index);
    // Writing in the margin would otherwise make pdfkit start a new page.
    pdf.page.margins.bottom = 0;
    const footerY = pdf.page.height - 48;
    pdf.font('Helvetica-Bold').fontSize(8.5).fillColor(accent).text('Gemeente Groningen', margins.left, 40, {
      width,
      lineBreak: false,
    });
    pdf.font('Helvetica-Oblique').fontSize(8).fillColor(mutedColor).text(exampleLabel, margins.left, 40.5, {
      width,
      align: 'right',
      lineBreak: false,
    });
    pdf
      .moveTo(margins.left, 54)
      .lineTo(margins.left + width, 54)
      .lineWidth(0.5)
      .strokeColor('#bdbdbd')
      .stroke();
    pdf
      .moveTo(margins.left, footerY - 8)
      .lineTo(margins.left + width, footerY - 8)
      .stroke();
    pdf
      .font('Helvetica')
      .fontSize(8)
      .fillColor(mutedColor)
      .text(title, margins.left, footerY, {
        width: width - 90,
        lineBreak: false,
        ellipsis: true,
      });
    pdf.text(`Pagina ${index + 1} van ${range.count}`, margins.left, footerY, {
      width,
      align: 'right',
      lineBreak: false,
    });
    pdf.page.margins.bottom = margins.bottom;
  }
};

/** A4 PDF with a title block, real page flow and the example label in every page header. */
export function renderPdf(source: SampleSource, blocks: Block[]): Promise<Buffer> {
  const created = fixedTimestamp(source.date);
  const pdf = new PDFDocument({
    size: 'A4',
    margins,
    bufferPages: true,
    // Uncompressed streams keep the bytes independent of the zlib build Node ships with.
    compress: false,
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: source.title,
      Author: `Gemeente Groningen${source.afdeling ? `, ${source.afdeling}` : ''} (fictief)`,
      Subject: exampleLabel,
      Creator: 'Vraagbaak scripts/build-sample-corpus.ts',
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  drawTitleBlock(pdf, source);
  for (const block of blocks) {
    pdf.x = margins.left;
    if (block.kind === 'heading') drawHeading(pdf, block.level, block.text);
    else if (block.kind === 'notice') drawNotice(pdf, block.runs);
    else if (block.kind === 'list') drawList(pdf, block.ordered, block.items);
    else if (block.kind === 'table') drawTable(pdf, block);
    else {
      keepSpace(pdf, 2 * bodySize);
      writeRuns(pdf, block.runs, margins.left, contentWidth(pdf));
      pdf.moveDown(0.6);
    }
  }
  drawPageFurniture(pdf, source.title);
  pdf.end();
  return finished;
}
