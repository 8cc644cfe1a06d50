import { AUDIENCE_IDS, INSTRUMENT_TYPE_IDS, PROCESS_STEP_IDS, THEME_IDS, type ThemeId } from '../../src/lists/vocabulary';

/** Subjects per theme in Dutch and English, so search has realistic words to find. */
const SUBJECTS: Readonly<Record<ThemeId, { readonly nl: readonly string[]; readonly en: readonly string[] }>> = {
  cybersecurity: { nl: ['phishing', 'wachtwoordbeleid', 'ransomware', 'patchbeheer', 'netwerksegmentatie', 'back-ups'], en: ['phishing', 'password policy', 'ransomware', 'patch management', 'network segmentation'] },
  privacy: { nl: ['datalek', 'verwerkingsregister', 'DPIA', 'bewaartermijnen', 'camerabewaking', 'inzageverzoek'], en: ['data breach', 'records of processing', 'DPIA', 'retention periods', 'subject access request'] },
  kennisveiligheid: { nl: ['exportcontrole', 'screening onderzoekers', 'dual-use', 'internationale samenwerking', 'kennisbescherming'], en: ['export control', 'researcher screening', 'dual-use', 'research partnerships', 'knowledge protection'] },
  'sociale-veiligheid': { nl: ['vertrouwenspersoon', 'grensoverschrijdend gedrag', 'meldpunt', 'ombudsfunctie', 'gedragscode'], en: ['confidential adviser', 'harassment', 'reporting desk', 'ombudsperson', 'code of conduct'] },
  'zorgwekkend-gedrag': { nl: ['dreigingsmanagement', 'radicalisering', 'casusoverleg', 'signalering', 'escalatieladder'], en: ['threat management', 'radicalisation', 'case consultation', 'early warning', 'escalation ladder'] },
  integriteit: { nl: ['nevenwerkzaamheden', 'belangenverstrengeling', 'klokkenluidersregeling', 'fraudepreventie'], en: ['outside activities', 'conflicts of interest', 'whistleblower policy', 'fraud prevention'] },
  'fysieke-veiligheid': { nl: ['toegangsbeheer', 'BHV-organisatie', 'ontruimingsoefening', 'laboratoriumveiligheid', 'evenementen'], en: ['access control', 'emergency response team', 'evacuation drill', 'laboratory safety', 'events'] },
  crisismanagement: { nl: ['crisisteam', 'crisiscommunicatie', 'scenario-oefening', 'bedrijfscontinuïteit', 'nafase'], en: ['crisis team', 'crisis communication', 'tabletop exercise', 'business continuity', 'recovery phase'] },
  internationalisering: { nl: ['reisadvies', 'studenten in het buitenland', 'partnerinstellingen', 'sanctielijsten'], en: ['travel advice', 'students abroad', 'partner institutions', 'sanctions lists'] },
};

const TYPE_WORDS: Readonly<Record<(typeof INSTRUMENT_TYPE_IDS)[number], { readonly nl: string; readonly en: string }>> = {
  normenkader: { nl: 'Normenkader', en: 'Standards framework' },
  stappenplan: { nl: 'Stappenplan', en: 'Step-by-step plan' },
  handreiking: { nl: 'Handreiking', en: 'Guide' },
  voorbeeld: { nl: 'Voorbeeld', en: 'Example' },
  inzicht: { nl: 'Inzicht', en: 'Insight' },
  aanpak: { nl: 'Aanpak', en: 'Approach' },
  tool: { nl: 'Tool', en: 'Tool' },
  verwijzing: { nl: 'Verwijzing', en: 'Reference' },
};

const ORGANISATIONS = ['Platform IV-HO', 'SURF', 'UNL', 'Vereniging Hogescholen', 'Hogeschool Utrecht', 'Universiteit Leiden', 'TU Delft', 'Fontys'];

/** A small deterministic generator (mulberry32): the same index always gives the same instrument. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, values: readonly T[]): T {
  const value = values[Math.floor(next() * values.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

function pickSome<T>(next: () => number, values: readonly T[], most: number): T[] {
  const count = 1 + Math.floor(next() * most);
  return [...new Set(Array.from({ length: count }, () => pick(next, values)))];
}

/**
 * Fields of the `index`-th synthetic Instruments item: published, about two thirds
 * Dutch, one to three themes, realistic titles, summaries and rich-text bodies. Keys
 * and titles are unique per index.
 */
export function benchInstrumentFields(index: number): Record<string, unknown> {
  const next = random(index + 1);
  const themes = pickSome(next, THEME_IDS, 3);
  const mainTheme = themes[0] ?? 'privacy';
  const language = next() < 0.67 ? 'nl' : 'en';
  const type = pick(next, INSTRUMENT_TYPE_IDS);
  const subject = pick(next, SUBJECTS[mainTheme][language]);
  const second = pick(next, SUBJECTS[pick(next, themes)][language]);
  const number = String(index + 1).padStart(5, '0');
  const title = `${TYPE_WORDS[type][language]} ${subject} ${language === 'nl' ? 'en' : 'and'} ${second} ${number}`;
  const year = 2019 + Math.floor(next() * 8);
  const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
  const url = `https://example.org/ivho/bench/${number}`;
  const summary =
    language === 'nl'
      ? `Praktisch instrument over ${subject} voor hogescholen en universiteiten, met aandacht voor ${second} en de rol van de coördinator integrale veiligheid.`
      : `A practical instrument on ${subject} for universities and universities of applied sciences, covering ${second} and the role of the integral safety coordinator.`;
  const body =
    language === 'nl'
      ? `<h3>Waarom</h3><p>Instellingen krijgen steeds vaker te maken met ${subject}. Dit instrument helpt om ${second} in samenhang aan te pakken.</p><ul><li>Breng de risico's in kaart</li><li>Beleg rollen en verantwoordelijkheden</li><li>Evalueer jaarlijks</li></ul><p><a href="${url}">Download het document</a></p>`
      : `<h3>Why</h3><p>Institutions increasingly face ${subject}. This instrument helps to address ${second} together.</p><ul><li>Map the risks</li><li>Assign roles and responsibilities</li><li>Review every year</li></ul><p><a href="${url}">Download the document</a></p>`;
  return {
    InstrumentKey: `bench-${number}`,
    Title: title,
    Summary: summary,
    Body: body,
    Themes: themes,
    ProcessSteps: pickSome(next, PROCESS_STEP_IDS, 2),
    InstrumentType: type,
    Audience: pickSome(next, AUDIENCE_IDS, 3),
    Language: language,
    DocumentLink: url,
    DocumentLabel: language === 'nl' ? 'Download het document' : 'Download the document',
    SourceOrganisation: pick(next, ORGANISATIONS),
    PublishedOn: `${year}-${month}-${day}T00:00:00Z`,
    Tags: [subject, second, mainTheme].join(';'),
    Status: 'published',
  };
}
