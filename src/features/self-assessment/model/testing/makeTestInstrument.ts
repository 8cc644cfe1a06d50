import type { Instrument } from '../../../../lists/instrumentMapping';

/**
 * A library instrument for recommendation tests. Features do not import each other, so
 * this does not reuse the instruments feature's own test helper.
 */
export function makeTestInstrument(overrides: Partial<Instrument> & Pick<Instrument, 'id'>): Instrument {
  return {
    eTag: `"${overrides.id},1"`,
    key: overrides.id,
    title: overrides.id,
    summary: '',
    bodyHtml: '',
    themes: [],
    processSteps: [],
    type: 'handreiking',
    audience: [],
    language: 'nl',
    tags: [],
    status: 'published',
    lastModified: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}
