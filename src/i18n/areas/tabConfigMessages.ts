/**
 * UI text of one area of the app, English and Dutch. Spread into messages.en.ts and
 * messages.nl.ts; the Dutch object must have exactly the English keys.
 */
export const tabConfigMessagesEn = {
  'tabConfig.heading': 'Set up this tab',
  'tabConfig.intro': 'Choose what this tab shows the team. You can change it later in the tab settings.',
  'tabConfig.content.label': 'What this tab shows',
  'tabConfig.content.library': 'Instrument library',
  'tabConfig.theme.label': 'Theme',
  'tabConfig.theme.all': 'All themes',
  'tabConfig.theme.hint': 'Pin the library to one theme, or show all of it.',
  'tabConfig.query.label': 'Search words (optional)',
  'tabConfig.query.hint': 'The tab opens with these words already in the search box.',
  'tabConfig.name.label': 'Tab name',
  'tabConfig.name.required': 'Give the tab a name.',
  'tabConfig.name.tooLong': 'Use at most {max} characters.',
  'tabConfig.defaultName.library': 'Instruments',
  'tabConfig.saveHint': 'When you are done, select Save.',
  'tabConfig.unavailable.title': 'This tab cannot be set up here',
  'tabConfig.unavailable.body': 'The app that shows this page does not let tabs be configured ({reason}). Add the tab from Microsoft Teams.',

  'route.pinned.label': 'This tab shows',
  'route.pinned.theme': 'Theme: {theme}',
  'route.pinned.query': 'Search words: {query}',
  'route.pinned.instrument': 'Instrument {id}',
  'route.unknownLink.title': 'This link leads nowhere',
  'route.unknownLink.body': 'The link you followed ("{subPageId}") does not match anything in this app. You are looking at the library instead.',
} as const;

export const tabConfigMessagesNl: { readonly [K in keyof typeof tabConfigMessagesEn]: string } = {
  'tabConfig.heading': 'Dit tabblad instellen',
  'tabConfig.intro': 'Kies wat dit tabblad het team laat zien. Je kunt dat later wijzigen in de instellingen van het tabblad.',
  'tabConfig.content.label': 'Wat dit tabblad toont',
  'tabConfig.content.library': 'Instrumentenbibliotheek',
  'tabConfig.theme.label': 'Thema',
  'tabConfig.theme.all': 'Alle thema’s',
  'tabConfig.theme.hint': 'Zet de bibliotheek vast op één thema, of toon alles.',
  'tabConfig.query.label': 'Zoekwoorden (optioneel)',
  'tabConfig.query.hint': 'Het tabblad opent met deze woorden al in het zoekveld.',
  'tabConfig.name.label': 'Naam van het tabblad',
  'tabConfig.name.required': 'Geef het tabblad een naam.',
  'tabConfig.name.tooLong': 'Gebruik hoogstens {max} tekens.',
  'tabConfig.defaultName.library': 'Instrumenten',
  'tabConfig.saveHint': 'Kies Opslaan als je klaar bent.',
  'tabConfig.unavailable.title': 'Dit tabblad kan hier niet worden ingesteld',
  'tabConfig.unavailable.body': 'De app die deze pagina toont, laat het instellen van tabbladen niet toe ({reason}). Voeg het tabblad toe vanuit Microsoft Teams.',

  'route.pinned.label': 'Dit tabblad toont',
  'route.pinned.theme': 'Thema: {theme}',
  'route.pinned.query': 'Zoekwoorden: {query}',
  'route.pinned.instrument': 'Instrument {id}',
  'route.unknownLink.title': 'Deze link leidt nergens heen',
  'route.unknownLink.body': 'De link die je volgde ("{subPageId}") past bij niets in deze app. Je ziet in plaats daarvan de bibliotheek.',
};
