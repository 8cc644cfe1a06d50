import { sequentialRoundTrips } from './sequentialRoundTrips';

const at = (startMs: number, endMs: number) => ({ startMs, endMs });

describe('sequentialRoundTrips', () => {
  it('is 0 without requests and 1 for one', () => {
    expect(sequentialRoundTrips([])).toBe(0);
    expect(sequentialRoundTrips([at(0, 100)])).toBe(1);
  });

  it('counts parallel requests once', () => {
    expect(sequentialRoundTrips([at(0, 100), at(5, 110), at(10, 90)])).toBe(1);
  });

  it('counts requests that wait for each other, touching ends included', () => {
    expect(sequentialRoundTrips([at(0, 100), at(100, 200), at(201, 300)])).toBe(3);
  });

  it('follows the longest chain through a mix, whatever the input order', () => {
    // site lookup, then list lookup and delta token in parallel, then two pages in a row.
    const requests = [at(420, 520), at(0, 100), at(310, 410), at(105, 205), at(110, 300), at(210, 305)];
    expect(sequentialRoundTrips(requests)).toBe(5);
    expect(sequentialRoundTrips([...requests].reverse())).toBe(5);
  });

  it('does not chain a long request with the short ones it overlaps', () => {
    expect(sequentialRoundTrips([at(0, 1000), at(10, 20), at(30, 40), at(50, 60)])).toBe(3);
  });
});
