import type { CoreCatalogue } from './messages.en';
import { shellMessagesNl } from './areas/shellMessages';
import { authMessagesNl } from './areas/authMessages';
import { tabConfigMessagesNl } from './areas/tabConfigMessages';
import { libraryMessagesNl } from './areas/libraryMessages';
import { provisioningMessagesNl } from './areas/provisioningMessages';


/** Dutch UI text (the default language of the app's users). */
export const nl: CoreCatalogue = {
  'app.title': 'Integrale veiligheid',
  'app.loading': 'De app wordt gestart…',
  'app.crashed.title': 'Er ging iets mis',
  'app.crashed.body': 'De app is onverwacht gestopt. Laad het tabblad opnieuw om het nog eens te proberen.',
  'app.hostUnavailable.title': 'Teams heeft de app niet gestart',
  'app.hostUnavailable.body': 'De app is geopend in Teams of Microsoft 365, maar die gaf geen antwoord, dus de app weet niet wie je bent. Laad het tabblad opnieuw; blijft dit gebeuren, meld het dan aan je beheerder.',
  'app.hostUnavailable.reload': 'Opnieuw laden',

  'config.error.title': 'De app is niet goed geconfigureerd',
  'config.error.intro': 'Een beheerder moet deze instellingen in de app-configuratie herstellen:',
  'config.error.outro': 'Zie docs/ voor een beschrijving van de configuratie.',

  'instruments.heading': 'Instrumentenbibliotheek',
  'instruments.intro': 'Gepubliceerde instrumenten van het Platform Integrale Veiligheid Hoger Onderwijs.',
  'instruments.loading': 'Instrumenten worden geladen…',
  'instruments.empty': 'Er zijn nog geen gepubliceerde instrumenten.',
  'instruments.error': 'De instrumenten konden niet worden geladen.',
  'instruments.retry': 'Opnieuw proberen',
  'instruments.count': '{count} instrumenten',
  'instruments.skipped': '{count} items konden niet worden gelezen en zijn weggelaten.',
  'instruments.themes': "Thema's",
  'instruments.type': 'Soort',
  'instruments.listLabel': 'Gepubliceerde instrumenten',

  'error.auth': 'Je bent niet aangemeld, of je sessie is verlopen.',
  'error.forbidden': 'Je hebt geen toegang tot de lijst met instrumenten.',
  'error.notFound': 'De lijst met instrumenten staat niet op de SharePoint-site.',
  'error.throttled': 'De dienst is druk. Probeer het zo nog eens.',
  'error.network': 'Er is geen verbinding met de dienst.',
  'error.unknown': 'Er is een onverwachte fout opgetreden.',

  'theme.cybersecurity': 'Cybersecurity en informatiebeveiliging',
  'theme.privacy': 'Privacy en persoonsgegevens',
  'theme.kennisveiligheid': 'Kennisveiligheid',
  'theme.sociale-veiligheid': 'Sociale veiligheid',
  'theme.zorgwekkend-gedrag': 'Zorgwekkend gedrag en radicalisering',
  'theme.integriteit': 'Integriteit',
  'theme.fysieke-veiligheid': 'Fysieke veiligheid en BHV',
  'theme.crisismanagement': 'Crisismanagement en continuïteit',
  'theme.internationalisering': 'Internationalisering',

  'instrumentType.normenkader': 'Normenkader',
  'instrumentType.stappenplan': 'Stappenplan',
  'instrumentType.handreiking': 'Handreiking',
  'instrumentType.voorbeeld': 'Voorbeeld',
  'instrumentType.inzicht': 'Inzicht',
  'instrumentType.aanpak': 'Aanpak',
  'instrumentType.tool': 'Tool',
  'instrumentType.verwijzing': 'Verwijzing',
  ...authMessagesNl,
  ...tabConfigMessagesNl,
  ...libraryMessagesNl,
  ...provisioningMessagesNl,
  ...shellMessagesNl,
};
