import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** Text width of an A4 page with the 3 cm / 2 cm margins of Decree 30/2020: 9,071 twips (16 cm). */
const TEXT_WIDTH = 9071;
/** The motto column: 10.5 cm holds "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in 12 pt bold on one line. */
const MOTTO_WIDTH = 5953;

/**
 * The national header: issuer on the left, motto on the right, fixed column widths and no cell
 * padding so Word and LibreOffice lay it out alike and the motto lines never wrap.
 */
export function mottoHeader(left: Paragraph[], right: Paragraph[]): Table {
  const fixed = (children: Paragraph[], width: number) =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      margins: { left: 0, right: 0 },
      borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH - MOTTO_WIDTH, MOTTO_WIDTH],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        children: [fixed(left, TEXT_WIDTH - MOTTO_WIDTH), fixed(right, MOTTO_WIDTH)],
      }),
    ],
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
  });
}
