import type { AssessmentAnswers } from '../../../lists/assessmentAnswer';
import { assessmentResultsCsv } from './assessmentResultsCsv';
import { formatScore, scoreAssessment } from './scoreAssessment';
import { smallMaturityModel } from './testing/smallMaturityModel';

/** Splits the CSV into rows of fields; good enough for the fields these tests produce (quoted fields contain no line breaks). */
function rowsOf(csv: string, separator: string): string[][] {
  const body = csv.replace(/^\uFEFF/, '');
  return body
    .slice(0, -2)
    .split('\r\n')
    .map((line) => line.match(new RegExp(`("(?:[^"]|"")*"|[^${separator}]*)(?:${separator}|$)`, 'g'))!.slice(0, 9).map((field) => field.replace(new RegExp(`${separator}$`), '')));
}

describe('assessmentResultsCsv', () => {
  const model = smallMaturityModel();
  const answers: AssessmentAnswers = {
    p1: { kind: 'level', level: 3, note: 'Beleid; vastgesteld "2025", ook\nop intranet' },
    p2: { kind: 'level', level: 2 },
    c1: { kind: 'notApplicable', justification: 'Geen eigen systemen' },
    c2: { kind: 'unknown' },
  };
  const scores = scoreAssessment(model, { ...answers, c2: { kind: 'level', level: 0 } });

  it('is RFC 4180 with a BOM and CRLF; Dutch uses ; and a decimal comma', () => {
    const csv = assessmentResultsCsv(model, scores, { privacy: 3 }, answers, 'nl');
    expect(csv.startsWith('\uFEFFOnderdeel;Thema;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
    expect(csv).toContain('"Beleid; vastgesteld ""2025"", ook\nop intranet"');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[1]).toBe('Totaal;;;;;1,3;;;');
    expect(lines[2]).toBe('Thema;Privacy;;;;2,5;3;0,5;');
    expect(lines).toContain('Vraag;Cyber;Beleid;c1?;n.v.t.: Geen eigen systemen;;;;');
    expect(lines).toContain('Vraag;Cyber;Bewustzijn;c2?;onbekend;;;;');
  });

  it('carries exactly the numbers scoreAssessment gives, formatted as the screen shows them', () => {
    for (const language of ['nl', 'en'] as const) {
      const rows = rowsOf(assessmentResultsCsv(model, scores, { privacy: 3, cybersecurity: 2 }, answers, language), language === 'nl' ? ';' : ',');
      expect(rows[1]?.[5]).toBe(formatScore(scores.overall, language));
      for (const theme of model.themes) {
        const row = rows.find((fields) => fields[1] === theme.label[language] && fields[2] === '' && fields[3] === '');
        expect(row?.[5]).toBe(formatScore(scores.byTheme[theme.id], language));
      }
      for (const step of model.steps) {
        const row = rows.find((fields) => fields[1] === '' && fields[2] === step.label[language]);
        expect(row?.[5]).toBe(formatScore(scores.byStep[step.id], language));
      }
    }
  });

  it('uses , and a decimal point in English', () => {
    const csv = assessmentResultsCsv(model, scores, { privacy: 3 }, answers, 'en');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Part,Theme,Process step,Question,Answer,Score,Target,Gap,Comment');
    expect(lines[2]).toBe('Theme,Privacy,,,,2.5,3,0.5,');
    expect(lines).toContain('Question,Cyber,Bewustzijn,c2?,unknown,,,,');
  });
});
