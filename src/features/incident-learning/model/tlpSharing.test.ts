import { TLP_IDS } from '../../../lists/incidentVocabulary';
import { canShareToChannel, lessonListFor, needsInsidersOnly, tlpSharingRule } from './tlpSharing';

describe('TLP 2.0 sharing rules', () => {
  it('never lets RED into a channel, keeps AMBER+STRICT in the own organisation, and lets AMBER reach a peer institution', () => {
    const table = TLP_IDS.map((label) => [label, canShareToChannel(label, { audience: 'organisation' }), canShareToChannel(label, { audience: 'community' })]);
    expect(table).toEqual([
      ['CLEAR', true, true],
      ['GREEN', true, true],
      ['AMBER', true, true],
      ['AMBER+STRICT', true, false],
      ['RED', false, false],
    ]);
  });

  it('describes each label’s audience from widest to narrowest', () => {
    expect(TLP_IDS.map((label) => tlpSharingRule(label).audience)).toEqual(['anyone', 'community', 'organisationAndClients', 'organisationOnly', 'namedRecipients']);
  });
});

describe('lessonListFor', () => {
  const names = { lessons: 'Lessons', restrictedLessons: 'RestrictedLessons' };
  it.each([
    ['CLEAR', 'Lessons'],
    ['GREEN', 'Lessons'],
    ['AMBER', 'Lessons'],
    ['AMBER+STRICT', 'RestrictedLessons'],
    ['RED', 'RestrictedLessons'],
  ] as const)('stores a TLP:%s lesson in %s', (label, list) => {
    expect(lessonListFor(label, names)).toBe(list);
  });
});

describe('who must be in a channel', () => {
  it('asks of AMBER+STRICT alone that nobody from outside the organisation is in the channel (guests of a standard or private channel too)', () => {
    expect(TLP_IDS.filter((label) => needsInsidersOnly(label))).toEqual(['AMBER+STRICT']);
  });
});
