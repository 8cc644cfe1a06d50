import { toCsv, type CsvLanguage } from '../../../components/export/toCsv';
import type { BreachRegisterEntry } from '../../../lists/breachRegisterMapping';
import type { BreachRecord, IncidentCase } from '../../../lists/incidentCaseMapping';
import { breachRiskOf, isDecidedBreach } from './breachAssessment';
import { breachNotificationDeadline } from './breachClock';
import { optionalEntry } from '../../../lists/optionalEntry';

/** One breach in the art. 33(5) register: from a case, or from the register list when retention removed the case. */
export interface BreachRegisterRow {
  /** The case's SubmissionId. */
  readonly reference: string;
  readonly title: string;
  readonly discoveredOn?: string;
  readonly awareOn?: string;
  readonly breach: BreachRecord;
  /** The case itself is gone (retention); this is what the register kept. */
  readonly caseRemoved: boolean;
}

/**
 * The register: every case the case team decided is a breach, notified or not, and every
 * kept entry whose case is gone; oldest awareness first. A case waiting for the verdict,
 * or found not to be a breach, is not in it.
 */
export function breachRegisterRows(cases: readonly IncidentCase[], kept: readonly BreachRegisterEntry[]): readonly BreachRegisterRow[] {
  const fromCases: BreachRegisterRow[] = cases.filter(isDecidedBreach).map((incident) => ({
    reference: incident.submissionId,
    title: incident.title,
    ...optionalEntry('discoveredOn', incident.discoveredOn),
    ...optionalEntry('awareOn', incident.breachAwareOn),
    breach: incident.breach ?? { types: [] },
    caseRemoved: false,
  }));
  const present = new Set(cases.map((incident) => incident.submissionId));
  const fromRegister: BreachRegisterRow[] = kept
    .filter((entry) => !present.has(entry.caseId) && isDecidedBreach({ personalDataInvolved: true, breach: entry.breach, ...optionalEntry('breachAwareOn', entry.breachAwareOn) }))
    .map((entry) => ({ reference: entry.caseId, title: entry.title, ...optionalEntry('awareOn', entry.breachAwareOn), breach: entry.breach, caseRemoved: true }));
  return [...fromCases, ...fromRegister].sort((a, b) => (a.awareOn ?? '').localeCompare(b.awareOn ?? ''));
}

const HEADERS: Readonly<Record<CsvLanguage, readonly string[]>> = {
  nl: [
    'Kenmerk', 'Titel', 'Ontdekt', 'Bewust sinds', 'Besloten op', 'Feiten', 'Soort inbreuk', 'Gevoelige gegevens', 'Soorten persoonsgegevens',
    'Aantal betrokkenen (ca.)', 'Aantal records (ca.)', 'Risico', 'Onderbouwing', 'Verwerker', 'Verwerker meldde op',
    'Uiterste meldtermijn AP', 'Gemeld aan AP op', 'Kenmerk AP', 'Fase melding', 'Reden vertraging', 'Reden niet gemeld',
    'Betrokkenen geïnformeerd op', 'Grond niet informeren (art. 34 lid 3)', 'Reden betrokkenen niet geïnformeerd', 'Gevolgen', 'Maatregelen', 'Casus verwijderd',
  ],
  en: [
    'Reference', 'Title', 'Discovered', 'Aware since', 'Decided on', 'Facts', 'Breach type', 'Sensitive data', 'Kinds of personal data',
    'People involved (approx.)', 'Records involved (approx.)', 'Risk', 'Reasoning', 'Processor', 'Processor told us on',
    'Notification deadline (DPA)', 'Notified to DPA on', 'DPA reference', 'Notification phase', 'Reason for delay', 'Reason not notified',
    'Data subjects informed on', 'Ground for not informing (art. 34(3))', 'Reason data subjects not informed', 'Consequences', 'Measures', 'Case removed',
  ],
};

const NAMES: Readonly<Record<CsvLanguage, Readonly<Record<string, string>>>> = {
  nl: {
    confidentiality: 'vertrouwelijkheid', integrity: 'integriteit', availability: 'beschikbaarheid',
    specialCategories: 'bijzondere persoonsgegevens', criminalData: 'strafrechtelijke gegevens', bsn: 'BSN', minors: 'minderjarigen',
    none: 'geen risico', risk: 'risico', high: 'hoog risico',
    initial: 'eerste melding', supplemented: 'aangevuld', withdrawn: 'ingetrokken',
    unintelligible: 'art. 34 lid 3 sub a (onleesbaar)', riskRemoved: 'art. 34 lid 3 sub b (risico weggenomen)', publicCommunication: 'art. 34 lid 3 sub c (openbare mededeling)',
    yes: 'ja', no: 'nee',
  },
  en: {
    confidentiality: 'confidentiality', integrity: 'integrity', availability: 'availability',
    specialCategories: 'special categories', criminalData: 'criminal records', bsn: 'BSN', minors: 'minors',
    none: 'no risk', risk: 'risk', high: 'high risk',
    initial: 'initial', supplemented: 'supplemented', withdrawn: 'withdrawn',
    unintelligible: 'art. 34(3)(a) unintelligible', riskRemoved: 'art. 34(3)(b) risk removed', publicCommunication: 'art. 34(3)(c) public communication',
    yes: 'yes', no: 'no',
  },
};

/**
 * The breach register of AVG art. 33(5) as CSV: per breach its facts, effects and
 * measures, the risk and its reasoning, and the notifications, every element the AP
 * guidance lists. Times are ISO 8601 (UTC), which sorts and imports without locale
 * trouble.
 */
export function breachRegisterCsv(rows: readonly BreachRegisterRow[], language: CsvLanguage): string {
  const name = (id: string | undefined): string | undefined => (id === undefined ? undefined : (NAMES[language][id] ?? id));
  const names = (ids: readonly string[] | undefined): string => (ids ?? []).map((id) => name(id)).join(', ');
  const lines = rows.map(({ reference, title, discoveredOn, awareOn, breach, caseRemoved }) => [
    reference,
    title,
    discoveredOn,
    awareOn,
    breach.decidedOn,
    breach.facts,
    names(breach.types),
    names(breach.sensitiveData),
    (breach.dataCategories ?? []).join(', '),
    breach.subjectCount,
    breach.recordCount,
    name(breachRiskOf(breach)),
    breach.riskReasoning,
    breach.processor,
    breach.processorToldOn,
    awareOn === undefined ? undefined : breachNotificationDeadline(new Date(awareOn)).toISOString(),
    breach.notifiedAuthorityOn,
    breach.authorityReference,
    name(breach.notificationPhase),
    breach.delayReason,
    breach.notNotifiedReason,
    breach.subjectsInformedOn,
    name(breach.subjectsNotInformedGround),
    breach.subjectsNotInformedReason,
    breach.effects,
    breach.remedialAction,
    name(caseRemoved ? 'yes' : 'no'),
  ]);
  return toCsv([HEADERS[language], ...lines], language);
}
