/**
 * UI text of one area of the app, English and Dutch. Spread into messages.en.ts and
 * messages.nl.ts; the Dutch object must have exactly the English keys.
 */
export const shellMessagesEn = {
  'shell.nav.label': 'Parts of the app',
  'shell.nav.library': 'Instruments',
  'shell.nav.assessments': 'Self-assessment',
  'shell.nav.incidents': 'Learning from incidents',
  'shell.section.loading': 'Loading…',
  'shell.section.loadFailed.title': 'This part of the app could not be loaded',
  'shell.section.loadFailed.body': 'Check your connection and try again. Nothing you entered is lost.',
  'shell.section.retry': 'Try again',
  'shell.user.failed.title': 'Who is signed in could not be checked',
  'export.noDownloads': 'The Teams mobile app cannot save downloaded files. Select the text below and copy it, or open the app on a computer to download the file.',
  'export.close': 'Close',

  'outbox.idle': 'All changes are saved in SharePoint',
  'outbox.sending': 'Saving {count} changes to SharePoint…',
  'outbox.waiting': '{count} changes saved on this device; SharePoint is busy, trying again shortly',
  'outbox.offline': '{count} changes saved on this device; they are sent when you are back online',
  'outbox.blocked': '{count} changes could not be saved in SharePoint: {reason}',
  'outbox.retry': 'Try again',
  'outbox.notDurable': 'This browser cannot store data locally: keep this tab open until everything is saved.',
  'outbox.reason.forbidden': 'you do not have permission to write to this list. Ask the coordinator for access.',
  'outbox.reason.validation': 'SharePoint refused the data. Contact the app administrator.',
  'outbox.reason.other': 'an unexpected error occurred.',
} as const;

export const shellMessagesNl: { readonly [K in keyof typeof shellMessagesEn]: string } = {
  'shell.nav.label': 'Onderdelen van de app',
  'shell.nav.library': 'Instrumenten',
  'shell.nav.assessments': 'Zelfevaluatie',
  'shell.nav.incidents': 'Leren van incidenten',
  'shell.section.loading': 'Laden…',
  'shell.section.loadFailed.title': 'Dit onderdeel van de app kon niet worden geladen',
  'shell.section.loadFailed.body': 'Controleer je verbinding en probeer het opnieuw. Niets van wat je hebt ingevoerd is verloren.',
  'shell.section.retry': 'Opnieuw proberen',
  'shell.user.failed.title': 'Er kon niet worden nagegaan wie er is aangemeld',
  'export.noDownloads': 'De mobiele Teams-app kan geen gedownloade bestanden bewaren. Selecteer de tekst hieronder en kopieer hem, of open de app op een computer om het bestand te downloaden.',
  'export.close': 'Sluiten',

  'outbox.idle': 'Alle wijzigingen zijn opgeslagen in SharePoint',
  'outbox.sending': '{count} wijzigingen worden opgeslagen in SharePoint…',
  'outbox.waiting': '{count} wijzigingen staan op dit apparaat; SharePoint is druk, we proberen het zo opnieuw',
  'outbox.offline': '{count} wijzigingen staan op dit apparaat; ze worden verstuurd zodra je weer online bent',
  'outbox.blocked': '{count} wijzigingen konden niet in SharePoint worden opgeslagen: {reason}',
  'outbox.retry': 'Opnieuw proberen',
  'outbox.notDurable': 'Deze browser kan niets lokaal bewaren: houd dit tabblad open tot alles is opgeslagen.',
  'outbox.reason.forbidden': 'je hebt geen schrijfrechten op deze lijst. Vraag de coördinator om toegang.',
  'outbox.reason.validation': 'SharePoint weigerde de gegevens. Neem contact op met de beheerder van de app.',
  'outbox.reason.other': 'er ging iets onverwachts mis.',
};
