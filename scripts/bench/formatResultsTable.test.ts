import { measuredFigure, notMeasured } from './benchFigure';
import { formatBudget, formatResultsTable } from './formatResultsTable';

describe('formatResultsTable', () => {
  const js = measuredFigure({ id: 'js', name: 'initial JS (gzip)', unit: 'KB', budget: { max: 250 } }, [1234.5]);
  const rows = measuredFigure({ id: 'rows', name: 'DOM rows', unit: 'count', budget: { max: 200 } }, [210, 180, 240]);
  const select = measuredFigure({ id: 'select', name: 'selected fields only', unit: 'yes/no', budget: { equals: true } }, [true]);
  const ratio = measuredFigure({ id: 'ratio', name: 'JS vs baseline', unit: '×', budget: null }, [0.5]);
  const search = notMeasured({ id: 'search', name: 'search | filter', unit: 'ms', budget: { max: 5 } }, 'not measurable yet: no search box');

  it('writes a header, one row per figure, and the budget beside each value', () => {
    const lines = formatResultsTable([js, rows, select, ratio, search]).split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('| figure | value | budget | result | runs / notes |');
    expect(lines[1]).toBe('| --- | --- | --- | --- | --- |');
    expect(lines[2]).toBe('| initial JS (gzip) | 1,234.5 KB | <= 250 KB | **over** |  |');
    expect(lines[3]).toBe('| DOM rows | 210 | <= 200 | **over** | runs: 210, 180, 240 |');
    expect(lines[4]).toBe('| selected fields only | yes | = yes | pass |  |');
    expect(lines[5]).toBe('| JS vs baseline | 0.5× | - | info |  |');
  });

  it('says n/a with the reason and escapes pipes in cells', () => {
    const line = formatResultsTable([search]).split('\n')[2];
    expect(line).toBe('| search \\| filter | n/a: not measurable yet: no search box | <= 5 ms | n/a |  |');
  });

  it('summarises more than ten samples as a count and range', () => {
    const many = measuredFigure({ id: 'keys', name: 'keystrokes', unit: 'ms', budget: null }, [3, 9, 4, 5, 6, 7, 8, 2.5, 4, 4, 5]);
    expect(formatResultsTable([many]).split('\n')[2]).toBe('| keystrokes | 5 ms | - | info | 11 samples, 2.5-9 |');
  });

  it('formats budgets of each kind', () => {
    expect(formatBudget({ max: 3 }, 'count')).toBe('<= 3');
    expect(formatBudget({ max: 5 }, 'ms')).toBe('<= 5 ms');
    expect(formatBudget({ equals: false }, 'yes/no')).toBe('= no');
    expect(formatBudget(null, 'ms')).toBe('-');
  });
});
