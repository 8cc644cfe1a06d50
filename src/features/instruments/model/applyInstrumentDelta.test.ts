import { toInstrumentFields } from '../../../lists/instrumentMapping';
import type { InstrumentLibrarySnapshot } from '../../../storage/InstrumentLibrarySnapshot';
import { makeInstrument } from '../testing/makeInstrument';
import { applyInstrumentDelta } from './applyInstrumentDelta';

/** A list item as Graph's delta returns it (selected fields, no read-only columns). */
function graphItem(id: string, title: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { id: _id, eTag: _eTag, lastModified: _lastModified, ...draft } = makeInstrument(id, title);
  return {
    id,
    eTag: `"${id},2"`,
    lastModifiedDateTime: '2026-02-01T00:00:00Z',
    fields: { ...toInstrumentFields(draft), ...overrides },
  };
}

const previous: InstrumentLibrarySnapshot = {
  instruments: [makeInstrument('1', 'Eén'), makeInstrument('2', 'Twee'), makeInstrument('3', 'Drie')],
  skippedIds: ['9'],
  deltaLink: 'old',
  savedAt: '2026-01-01T00:00:00.000Z',
};

describe('applyInstrumentDelta', () => {
  it('upserts changed items, removes deleted and retired ones, and keeps the new deltaLink', () => {
    const next = applyInstrumentDelta(
      previous,
      { items: [graphItem('2', 'Twee (nieuw)'), graphItem('4', 'Vier'), graphItem('3', 'Drie', { Status: 'retired' })], deleted: ['1'], deltaLink: 'new', resynced: false },
      new Date('2026-03-01T00:00:00Z'),
    );
    expect(next.instruments.map((instrument) => [instrument.id, instrument.title])).toEqual([
      ['2', 'Twee (nieuw)'],
      ['4', 'Vier'],
    ]);
    expect(next.deltaLink).toBe('new');
    expect(next.savedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(next.skippedIds).toEqual(['9']);
  });

  it('counts a published item that became malformed, and forgets it once fixed or deleted', () => {
    const broken = applyInstrumentDelta(previous, { items: [graphItem('2', 'Twee', { Summary: undefined, Themes: ['astrologie'] })], deleted: [], deltaLink: 'a', resynced: false });
    expect(broken.instruments.map((instrument) => instrument.id)).toEqual(['1', '3']);
    expect([...broken.skippedIds].sort()).toEqual(['2', '9']);
    const fixed = applyInstrumentDelta(broken, { items: [graphItem('2', 'Twee')], deleted: ['9'], deltaLink: 'b', resynced: false });
    expect(fixed.skippedIds).toEqual([]);
    expect(fixed.instruments.map((instrument) => instrument.id).sort()).toEqual(['1', '2', '3']);
    // A malformed draft that is not published is nobody's loss.
    const draft = applyInstrumentDelta(previous, { items: [graphItem('5', '', { Status: 'retired' })], deleted: [], deltaLink: 'c', resynced: false });
    expect(draft.skippedIds).toEqual(['9']);
  });

  it('replaces everything on a resync', () => {
    const next = applyInstrumentDelta(previous, { items: [graphItem('7', 'Zeven')], deleted: [], deltaLink: 'fresh', resynced: true });
    expect(next.instruments.map((instrument) => instrument.id)).toEqual(['7']);
    expect(next.skippedIds).toEqual([]);
  });

  it('starts from nothing without a previous snapshot', () => {
    expect(applyInstrumentDelta(undefined, { items: [graphItem('1', 'Eén')], deleted: ['2'], deltaLink: 'x', resynced: false }).instruments).toHaveLength(1);
  });
});
