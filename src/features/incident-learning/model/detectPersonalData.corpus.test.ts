import { detectPersonalData, PERSONAL_DATA_KINDS, type PersonalDataKind } from './detectPersonalData';
import { CLEAN_CASES, CORPUS_OPTIONS, POSITIVE_CASES, type PersonalDataCorpusCase } from './personalDataCorpus';

/** Goals of issue 15 (item 5): recall per category, and false positives over the clean sentences. */
const MIN_RECALL = 0.9;
const MAX_FALSE_POSITIVE_RATE = 0.1;

/** A case is found when a hit of its kind overlaps the personal data it holds. */
function isFound(testCase: PersonalDataCorpusCase): boolean {
  const start = testCase.text.indexOf(testCase.value);
  if (start === -1) throw new Error(`corpus case does not contain its value: ${testCase.text}`);
  const end = start + testCase.value.length;
  return detectPersonalData(testCase.text, CORPUS_OPTIONS).some((hit) => hit.kind === testCase.kind && hit.start < end && hit.end > start);
}

const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;

describe('personal-data guard on the corpus', () => {
  const kinds = PERSONAL_DATA_KINDS.filter((kind) => POSITIVE_CASES.some((testCase) => testCase.kind === kind));
  const recall = new Map<PersonalDataKind, { found: number; total: number; missed: string[] }>();
  for (const kind of kinds) {
    const cases = POSITIVE_CASES.filter((testCase) => testCase.kind === kind);
    const missed = cases.filter((testCase) => !isFound(testCase)).map((testCase) => testCase.text);
    recall.set(kind, { found: cases.length - missed.length, total: cases.length, missed });
  }
  const falsePositives = CLEAN_CASES.map((text) => ({ text, hits: detectPersonalData(text, CORPUS_OPTIONS) })).filter((result) => result.hits.length > 0);

  beforeAll(() => {
    const lines = [...recall].map(([kind, { found, total, missed }]) => `  ${kind.padEnd(14)} ${String(found).padStart(3)}/${String(total).padEnd(3)} ${percent(found / total)}${missed.map((text) => `\n      missed: ${text}`).join('')}`);
    const flagged = falsePositives.map(({ text, hits }) => `\n      ${hits.map((hit) => `${hit.kind}:${hit.text}`).join(', ')} in: ${text}`).join('');
    console.log(
      `Personal-data corpus: ${POSITIVE_CASES.length} positive, ${CLEAN_CASES.length} clean\nRecall per category:\n${lines.join('\n')}\n` +
        `False positives: ${falsePositives.length}/${CLEAN_CASES.length} clean cases (${percent(falsePositives.length / CLEAN_CASES.length)})${flagged}`,
    );
  });

  it('holds at least 150 cases: positives for every category the guard looks for, and clean sentences', () => {
    expect(POSITIVE_CASES.length + CLEAN_CASES.length).toBeGreaterThanOrEqual(150);
    expect(kinds).toEqual(PERSONAL_DATA_KINDS.filter((kind) => kind !== 'staffNumber'));
    expect(CLEAN_CASES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(PERSONAL_DATA_KINDS.filter((kind) => kind !== 'staffNumber'))('finds at least 90 %% of the %s cases', (kind) => {
    const result = recall.get(kind);
    expect(result).toBeDefined();
    if (result !== undefined) expect(result.found / result.total).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('flags at most 10 % of the clean sentences', () => {
    expect(falsePositives.length / CLEAN_CASES.length).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_RATE);
  });
});
