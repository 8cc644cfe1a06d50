import type { Instrument, InstrumentDraft } from '../../../src/lists/instrumentMapping';

/** An instrument without its server-owned properties (id, eTag, last change). */
export function instrumentDraftOf(instrument: Instrument): InstrumentDraft {
  const { id: _id, eTag: _eTag, lastModified: _lastModified, ...draft } = instrument;
  return draft;
}
