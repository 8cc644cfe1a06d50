import type { IncidentCase, TimelineEntry } from '../../../lists/incidentCaseMapping';
import type { ProcessStepId, ThemeId } from '../../../lists/vocabulary';
import type { CaseStatusId } from '../../../lists/incidentVocabulary';
import { breachEditOf, type BreachEdit } from './breachEdit';
import { cyberIncidentEditOf, type CyberIncidentEdit } from './cyberIncidentEdit';
import { isoToLocal } from './localDateTime';

/**
 * What the case editor holds: the parts of a case the case team works on after the report
 * (and the reporter may add to), as the form shows them. Lists are one entry per line, so
 * they are typed and read with the keyboard and a screen reader like any text.
 */
export interface CaseEdit {
  readonly status: CaseStatusId;
  readonly theme: ThemeId | '';
  readonly processStep: ProcessStepId | '';
  /** `YYYY-MM-DD HH:MM what happened`, one moment per line, in local time. */
  readonly timeline: string;
  readonly whys: string;
  readonly factors: string;
  readonly wentWell: string;
  readonly wentWrong: string;
  readonly lucky: string;
  readonly lessonsText: string;
  /** The case team's breach assessment (the reporter does not see it). */
  readonly breach: BreachEdit;
  /** The case team's Cyberbeveiligingswet part (when the institution has it switched on). */
  readonly cyber: CyberIncidentEdit;
}

/** The parts of {@link CaseEdit} that are one text each. */
export type CaseEditText = Exclude<keyof CaseEdit, 'breach' | 'cyber'>;

/** A timeline moment as the form shows it: local date and time (or the date alone), then the text. */
function timelineLine(entry: TimelineEntry): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(entry.at)) return `${entry.at} ${entry.text}`;
  return `${isoToLocal(entry.at).replace('T', ' ')} ${entry.text}`;
}

/** The editor's starting values for a case. */
export function caseEditOf(incident: IncidentCase): CaseEdit {
  return {
    status: incident.status,
    theme: incident.theme ?? '',
    processStep: incident.processStep ?? '',
    timeline: incident.timeline.map(timelineLine).join('\n'),
    whys: incident.contributingFactors.whys.join('\n'),
    factors: incident.contributingFactors.factors.join('\n'),
    wentWell: incident.wentWell ?? '',
    wentWrong: incident.wentWrong ?? '',
    lucky: incident.lucky ?? '',
    lessonsText: incident.lessonsText ?? '',
    breach: breachEditOf(incident),
    cyber: cyberIncidentEditOf(incident),
  };
}

const LINE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?\s+(\S.*)$/u;

/** The timeline typed in the form, or the 1-based numbers of the lines that do not start with a date. */
export function parseTimeline(text: string): { readonly ok: true; readonly entries: readonly TimelineEntry[] } | { readonly ok: false; readonly badLines: readonly number[] } {
  const entries: TimelineEntry[] = [];
  const badLines: number[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const match = LINE.exec(line);
    const [, year, month, day, hours, minutes, what] = match ?? [];
    if (match === null || what === undefined) {
      badLines.push(index + 1);
      return;
    }
    if (hours === undefined || minutes === undefined) {
      entries.push({ at: `${year}-${month}-${day}`, text: what.trim() });
      return;
    }
    const local = new Date(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes));
    // 2026-02-31 rolls over in Date: refuse it rather than store another day.
    if (local.getDate() !== Number(day) || local.getHours() !== Number(hours)) {
      badLines.push(index + 1);
      return;
    }
    entries.push({ at: local.toISOString(), text: what.trim() });
  });
  return badLines.length > 0 ? { ok: false, badLines } : { ok: true, entries };
}

/** The lines of a list field, blank lines left out. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
