import { EMPTY_LIBRARY_VIEW, hasLibraryViewState, MAX_QUERY_LENGTH, readLibraryViewState, writeLibraryViewState, type LibraryViewState } from './libraryViewState';

describe('library view state in the URL', () => {
  it('round-trips search, every filter, sort and the open instrument', () => {
    const view: LibraryViewState = {
      q: "risico's & #1 100% 🙂 continuïteit",
      filters: { theme: 'privacy', step: 'beleid', type: 'handreiking', audience: 'bestuur', lang: 'en' },
      sort: 'newest',
      instrument: '42',
    };
    const search = writeLibraryViewState(view);
    expect(search.startsWith('?')).toBe(true);
    expect(readLibraryViewState(search)).toEqual(view);
    expect(readLibraryViewState(search.slice(1))).toEqual(view);
  });

  it('leaves defaults out and keeps parameters that are not the library’s', () => {
    expect(writeLibraryViewState(EMPTY_LIBRARY_VIEW)).toBe('');
    expect(writeLibraryViewState({ ...EMPTY_LIBRARY_VIEW, q: 'dpia' }, '?locale=nl-NL&q=old&theme=privacy')).toBe('?locale=nl-NL&q=dpia');
    expect(readLibraryViewState('')).toEqual(EMPTY_LIBRARY_VIEW);
  });

  it('ignores unknown filter values, sorts and unsafe instrument ids', () => {
    const view = readLibraryViewState('?theme=astrologie&step=beleid&type=%3Cscript%3E&audience=&lang=fr&sort=random&instrument=..%2F..%2Fme');
    expect(view).toEqual({ q: '', filters: { step: 'beleid' }, sort: 'relevance' });
    expect(readLibraryViewState('?theme=privacy&theme=cybersecurity').filters).toEqual({ theme: 'privacy' });
  });

  it('cuts search text to the maximum length', () => {
    expect(readLibraryViewState(`?q=${'a'.repeat(MAX_QUERY_LENGTH + 50)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('reads the app route forms: tab URL and Teams subPageId', () => {
    expect(readLibraryViewState('?view=instrument&id=12')).toEqual({ ...EMPTY_LIBRARY_VIEW, instrument: '12' });
    expect(readLibraryViewState('?view=library&theme=privacy&q=dpia')).toEqual({ ...EMPTY_LIBRARY_VIEW, q: 'dpia', filters: { theme: 'privacy' } });
    expect(readLibraryViewState('instrument:7')).toEqual({ ...EMPTY_LIBRARY_VIEW, instrument: '7' });
    expect(readLibraryViewState('library:theme=integriteit&q=melden')).toEqual({ ...EMPTY_LIBRARY_VIEW, q: 'melden', filters: { theme: 'integriteit' } });
    expect(readLibraryViewState('library')).toEqual(EMPTY_LIBRARY_VIEW);
    expect(readLibraryViewState('instrument:../x')).toEqual(EMPTY_LIBRARY_VIEW);
    // Writing replaces the route form, so going back to the list does not reopen the instrument.
    expect(writeLibraryViewState(EMPTY_LIBRARY_VIEW, '?view=instrument&id=12&locale=nl')).toBe('?locale=nl');
    expect(hasLibraryViewState('?locale=nl')).toBe(false);
    expect(hasLibraryViewState('?view=library')).toBe(true);
  });
});
