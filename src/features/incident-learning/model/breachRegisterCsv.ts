import { toCsv, type CsvLanguage } from '../../../components/export/toCsv';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import { breachNotificationDeadline } from './breachClock';

const HEADERS: Readonly<Record<CsvLanguage, readonly string[]>> = {
  nl: ['Kenmerk', 'Titel', 'Ontdekt', 'Bewust sinds', 'Uiterste meldtermijn AP', 'Gemeld aan AP op', 'Kenmerk AP', 'Reden niet gemeld', 'Soort inbreuk', 'Aantal betrokkenen (ca.)', 'Aantal records (ca.)', 'Gevolgen', 'Maatregelen', 'Betrokkenen geïnformeerd op', 'Reden betrokkenen niet geïnformeerd'],
  en: ['Reference', 'Title', 'Discovered', 'Aware since', 'Notification deadline (DPA)', 'Notified to DPA on', 'DPA reference', 'Reason not notified', 'Breach type', 'People involved (approx.)', 'Records involved (approx.)', 'Consequences', 'Measures', 'Data subjects informed on', 'Reason data subjects not informed'],
};

const TYPE_NAMES: Readonly<Record<CsvLanguage, Readonly<Record<string, string>>>> = {
  nl: { confidentiality: 'vertrouwelijkheid', integrity: 'integriteit', availability: 'beschikbaarheid' },
  en: { confidentiality: 'confidentiality', integrity: 'integrity', availability: 'availability' },
};

/**
 * The breach register of AVG art. 33(5): every case with personal data involved,
 * notified or not, with facts, effects and measures. Times are ISO 8601 (UTC), which
 * sorts and imports without locale trouble; oldest awareness first.
 */
export function breachRegisterCsv(cases: readonly IncidentCase[], language: CsvLanguage): string {
  const breaches = cases
    .filter((incident) => incident.personalDataInvolved)
    .sort((a, b) => (a.breachAwareOn ?? a.lastModified).localeCompare(b.breachAwareOn ?? b.lastModified));
  const rows = breaches.map((incident) => {
    const breach = incident.breach;
    const aware = incident.breachAwareOn;
    return [
      incident.submissionId,
      incident.title,
      incident.discoveredOn,
      aware,
      aware === undefined ? undefined : breachNotificationDeadline(new Date(aware)).toISOString(),
      breach?.notifiedAuthorityOn,
      breach?.authorityReference,
      breach?.notNotifiedReason,
      (breach?.types ?? []).map((type) => TYPE_NAMES[language][type] ?? type).join(', '),
      breach?.subjectCount,
      breach?.recordCount,
      breach?.effects,
      breach?.remedialAction,
      breach?.subjectsInformedOn,
      breach?.subjectsNotInformedReason,
    ];
  });
  return toCsv([HEADERS[language], ...rows], language);
}
