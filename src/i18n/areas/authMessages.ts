/**
 * UI text of one area of the app, English and Dutch. Spread into messages.en.ts and
 * messages.nl.ts; the Dutch object must have exactly the English keys.
 */
export const authMessagesEn = {
  'auth.feature.favourites': 'Favourites are not available yet.',
  'auth.feature.channelPost': 'Posting to a channel is not available yet.',
  'auth.feature.people': 'Looking up colleagues by name is not available yet.',
  'auth.feature.channelMembers': 'Checking who is in this channel is not available yet.',
  'auth.feature.needs': 'The app needs your organisation’s consent for {scopes} first. Everything else works without it. Ask an administrator to grant it, then try again.',
  'auth.feature.needsLocal': 'The app needs consent for {scopes} first (local mode: POST /emulator/consent/grant or config/emulator.json). Everything else works without it.',
  'auth.feature.link': 'Grant consent (administrators)',
  'auth.feature.retry': 'Try again',
} as const;

export const authMessagesNl: { readonly [K in keyof typeof authMessagesEn]: string } = {
  'auth.feature.favourites': 'Favorieten zijn nog niet beschikbaar.',
  'auth.feature.channelPost': 'Plaatsen in een kanaal is nog niet beschikbaar.',
  'auth.feature.people': 'Collega’s op naam opzoeken is nog niet beschikbaar.',
  'auth.feature.channelMembers': 'Nagaan wie er in dit kanaal zitten is nog niet beschikbaar.',
  'auth.feature.needs': 'De app heeft eerst toestemming van je organisatie nodig voor {scopes}. Al het andere werkt zonder. Vraag een beheerder om die te geven en probeer het daarna opnieuw.',
  'auth.feature.needsLocal': 'De app heeft eerst toestemming nodig voor {scopes} (lokale modus: POST /emulator/consent/grant of config/emulator.json). Al het andere werkt zonder.',
  'auth.feature.link': 'Toestemming geven (beheerders)',
  'auth.feature.retry': 'Opnieuw proberen',
};
