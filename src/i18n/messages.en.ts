import { shellMessagesEn } from './areas/shellMessages';
import type { incidentMessagesEn } from './areas/incidentMessages';
import type { selfAssessmentMessagesEn } from './areas/selfAssessmentMessages';
import type { accountMessagesEn } from './areas/accountMessages';
import type { consentMessagesEn } from './areas/consentMessages';
import { authMessagesEn } from './areas/authMessages';
import { tabConfigMessagesEn } from './areas/tabConfigMessages';
import { libraryMessagesEn } from './areas/libraryMessages';
import { provisioningMessagesEn } from './areas/provisioningMessages';
/**
 * English UI text. This catalogue defines the message keys; messages.nl.ts must have
 * exactly the same keys (a unit test compares them). `{name}` marks a placeholder.
 */
export const en = {
  'app.title': 'Integral safety',
  'app.loading': 'Starting the app…',
  'app.crashed.title': 'Something went wrong',
  'app.crashed.body': 'The app stopped unexpectedly. Reload the tab to try again.',
  'app.hostUnavailable.title': 'Teams did not start the app',
  'app.hostUnavailable.body': 'The app is open inside Teams or Microsoft 365, but they did not answer it, so it does not know who you are. Reload the tab; if this keeps happening, tell your administrator.',
  'app.hostUnavailable.reload': 'Reload',

  'config.error.title': 'The app is not configured correctly',
  'config.error.intro': 'An administrator must fix these settings in the app configuration:',
  'config.error.outro': 'See docs/ for the configuration reference.',

  'instruments.heading': 'Instrument library',
  'instruments.intro': 'Published instruments of the Platform Integrale Veiligheid Hoger Onderwijs.',
  'instruments.loading': 'Loading instruments…',
  'instruments.empty': 'No published instruments yet.',
  'instruments.error': 'The instruments could not be loaded.',
  'instruments.retry': 'Try again',
  'instruments.count': '{count} instruments',
  'instruments.skipped': '{count} items could not be read and were left out.',
  'instruments.themes': 'Themes',
  'instruments.type': 'Type',
  'instruments.listLabel': 'Published instruments',

  'error.auth': 'You are not signed in, or your session expired.',
  'error.forbidden': 'You do not have access to the instruments list.',
  'error.notFound': 'The instruments list was not found on the SharePoint site.',
  'error.throttled': 'The service is busy. Try again in a moment.',
  'error.network': 'There is no connection to the service.',
  'error.unknown': 'An unexpected error occurred.',

  'theme.cybersecurity': 'Cyber security and information security',
  'theme.privacy': 'Privacy and personal data',
  'theme.kennisveiligheid': 'Knowledge security',
  'theme.sociale-veiligheid': 'Social safety',
  'theme.zorgwekkend-gedrag': 'Worrying behaviour and radicalisation',
  'theme.integriteit': 'Integrity',
  'theme.fysieke-veiligheid': 'Physical safety and emergency response',
  'theme.crisismanagement': 'Crisis management and continuity',
  'theme.internationalisering': 'Internationalisation',

  'instrumentType.normenkader': 'Norm framework',
  'instrumentType.stappenplan': 'Step plan',
  'instrumentType.handreiking': 'Guide',
  'instrumentType.voorbeeld': 'Example',
  'instrumentType.inzicht': 'Insight',
  'instrumentType.aanpak': 'Approach',
  'instrumentType.tool': 'Tool',
  'instrumentType.verwijzing': 'Referral',
  ...authMessagesEn,
  ...tabConfigMessagesEn,
  ...libraryMessagesEn,
  ...provisioningMessagesEn,
  ...shellMessagesEn,
} as const;

/** Keys of the catalogue every screen has (the first bundle). */
export type CoreMessageKey = keyof typeof en;

/**
 * Keys of the sections that load when first opened: their text travels in their own
 * chunk and is added by `SectionMessages` (the library's first paint does not carry it).
 */
export type SectionMessageKey = keyof typeof incidentMessagesEn | keyof typeof selfAssessmentMessagesEn | keyof typeof accountMessagesEn | keyof typeof consentMessagesEn;

/** Every message key of the app. */
export type MessageKey = CoreMessageKey | SectionMessageKey;

/** The core catalogue of one language: one string per core key. */
export type CoreCatalogue = { readonly [K in CoreMessageKey]: string };

/** The messages in reach of a screen: the core ones plus those of the sections it is in. */
export type MessageCatalogue = CoreCatalogue & { readonly [K in SectionMessageKey]?: string };
