/** A CSV record with the number Excel shows for its row (the header is row 1). */
export interface CsvRecord {
  readonly row: number;
  readonly cells: readonly string[];
}

/** The parsed file: its separator, header and records. */
export interface CsvTable {
  readonly separator: ';' | ',';
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
}

/**
 * Parses CSV as Excel writes it: UTF-8 with or without BOM, `;` (Dutch and most
 * European locales) or `,` as separator (the one that splits the header into more
 * cells wins), fields quoted with `"` when they hold the separator, quotes or line
 * breaks, quotes doubled inside, CRLF or LF line ends. Blank lines are skipped.
 * Throws on an unterminated quote, naming the row.
 */
export function parseCsv(text: string): CsvTable {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const separator = detectSeparator(content);
  const rows = tokenize(content, separator);
  const nonBlank = rows.filter((row) => !(row.cells.length === 1 && row.cells[0]?.trim() === ''));
  const [header, ...records] = nonBlank;
  if (header === undefined) return { separator, header: [], records: [] };
  return { separator, header: header.cells.map((cell) => cell.trim()), records };
}

function detectSeparator(content: string): ';' | ',' {
  const firstLine = tokenizeFirstLine(content);
  const count = (separator: string) => firstLine.split(separator).length;
  return count(';') >= count(',') ? ';' : ',';
}

// The header line with quoted parts removed, so a quoted separator is not counted.
function tokenizeFirstLine(content: string): string {
  let line = '';
  let quoted = false;
  for (const character of content) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted) line += character;
  }
  return line;
}

function tokenize(content: string, separator: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  let quoteOpenedOnRow = 0;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    atCellStart = true;
  };
  const endRecord = () => {
    endCell();
    records.push({ row: records.length + 1, cells });
    cells = [];
  };
  for (let index = 0; index < content.length; index += 1) {
    const character = content[index] ?? '';
    if (quoted) {
      if (character === '"') {
        if (content[index + 1] === '"') {
          cell += '"';
          index += 1;
        } else {
          quoted = false;
        }
      } else {
        cell += character;
      }
      continue;
    }
    if (character === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      quoteOpenedOnRow = records.length + 1;
    } else if (character === separator) {
      endCell();
    } else if (character === '\r' || character === '\n') {
      if (character === '\r' && content[index + 1] === '\n') index += 1;
      endRecord();
    } else {
      cell += character;
      atCellStart = false;
    }
  }
  if (quoted) throw new Error(`row ${quoteOpenedOnRow}: a quoted field is never closed`);
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
