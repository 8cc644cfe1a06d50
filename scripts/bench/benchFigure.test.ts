import { measuredFigure, median, notMeasured, percentile } from './benchFigure';

const spec = { id: 'rows', name: 'DOM rows', unit: 'count', budget: { max: 200 } };

describe('statistics', () => {
  it('takes the median of odd and even counts and NaN of nothing', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
  });
});

describe('measuredFigure', () => {
  it('reports the median of the runs against a maximum', () => {
    expect(measuredFigure(spec, [150, 230, 190])).toEqual({ ...spec, value: 190, status: 'pass', runs: [150, 230, 190] });
    expect(measuredFigure(spec, [250, 230, 190]).status).toBe('over');
    expect(measuredFigure(spec, [200]).status).toBe('pass');
  });

  it('takes an explicit value, rounds to two decimals and keeps a note', () => {
    const figure = measuredFigure(spec, [1.23456], { value: 201.005, note: 'p95' });
    expect(figure).toMatchObject({ value: 201.01, runs: [1.23], status: 'over', note: 'p95' });
  });

  it('is yes only when every run says yes', () => {
    const yesNo = { id: 'select', name: 'selected fields only', unit: 'yes/no', budget: { equals: true } };
    expect(measuredFigure(yesNo, [true, true])).toMatchObject({ value: true, status: 'pass' });
    expect(measuredFigure(yesNo, [true, false])).toMatchObject({ value: false, status: 'over' });
  });

  it('marks figures without a budget as information', () => {
    expect(measuredFigure({ ...spec, budget: null }, [12]).status).toBe('info');
  });

  it('refuses a figure without runs, and says why a figure is missing', () => {
    expect(() => measuredFigure(spec, [])).toThrow('at least one run');
    expect(notMeasured(spec, 'no search box')).toEqual({ ...spec, value: null, status: 'n/a', runs: [], note: 'no search box' });
  });
});
