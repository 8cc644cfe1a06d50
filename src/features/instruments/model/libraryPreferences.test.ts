import { isNewSince, mergeFavourites, readLibraryPreferences } from './libraryPreferences';

describe('library preferences', () => {
  it('reads valid preferences and starts empty on anything else', () => {
    expect(readLibraryPreferences({ version: 1, favourites: ['1'], lastVisitAt: '2026-11-01T10:00:00Z' })).toEqual({ version: 1, favourites: ['1'], lastVisitAt: '2026-11-01T10:00:00Z' });
    expect(readLibraryPreferences({ version: 2, favourites: ['1'] })).toEqual({ version: 1, favourites: [] });
    expect(readLibraryPreferences('<html>')).toEqual({ version: 1, favourites: [] });
  });

  it('merges this device’s additions and removals into what another device stored meanwhile', () => {
    const stored = { version: 1 as const, favourites: ['a', 'b', 'c'], lastVisitAt: '2026-11-01T10:00:00Z' };
    const merged = mergeFavourites(stored, { added: new Set(['d', 'a']), removed: new Set(['b']) }, '2026-11-28T10:00:00Z');
    expect(merged).toEqual({ version: 1, favourites: ['a', 'c', 'd'], lastVisitAt: '2026-11-28T10:00:00Z' });
  });

  it('marks instruments published after the previous visit as new, and nothing on a first visit', () => {
    const visit = '2026-11-20T10:00:00Z';
    expect(isNewSince({ publishedOn: '2026-11-21T08:00:00+01:00', lastModified: '2026-11-01T00:00:00Z' }, visit)).toBe(true);
    expect(isNewSince({ publishedOn: '2026-11-19T08:00:00Z', lastModified: '2026-11-25T00:00:00Z' }, visit)).toBe(false);
    // SharePoint's second: published in the second the visit began counts as new, the second before does not.
    expect(isNewSince({ publishedOn: '2026-11-20T10:00:05Z', lastModified: '2026-11-01T00:00:00Z' }, '2026-11-20T10:00:05.700Z')).toBe(true);
    expect(isNewSince({ publishedOn: '2026-11-20T10:00:04Z', lastModified: '2026-11-01T00:00:00Z' }, '2026-11-20T10:00:05.700Z')).toBe(false);
    expect(isNewSince({ lastModified: '2026-11-25T00:00:00Z' }, visit)).toBe(true);
    expect(isNewSince({ lastModified: '2026-11-25T00:00:00Z' }, undefined)).toBe(false);
  });
});
