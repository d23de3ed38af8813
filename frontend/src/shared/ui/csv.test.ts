import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from './csv';

describe('csv', () => {
  it('never lets a typed formula run in the spreadsheet that opens the export', () => {
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvCell('+31 6 1234 5678')).toBe("'+31 6 1234 5678");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
  });

  it('keeps numbers, quotes what holds a separator, and writes rows with semicolons', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell('Verkoop; bakkerij')).toBe('"Verkoop; bakkerij"');
    expect(csvCell('Zeg "ja"')).toBe('"Zeg ""ja"""');
    expect(csvText([['a', 1], ['=b', null]])).toBe("a;1\r\n'=b;");
  });
});
