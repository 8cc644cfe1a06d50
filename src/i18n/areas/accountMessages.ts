import type { SectionCatalogues } from '../catalogues';

/**
 * UI text of the account menu and the sign-in screen, English and Dutch. A section
 * catalogue: it loads with those screens (not with the first one), added by
 * `SectionMessages`; the Dutch object must have exactly the English keys.
 */
export const accountMessagesEn = {
  'account.menu': 'Account',
  'account.signedInAs': 'Signed in as {name}',
  'account.switch': 'Use another account',
  'account.signOut': 'Sign out',
  'account.clearDevice': 'Remove my data from this device',
  'account.confirm.signOutTitle': 'Sign out?',
  'account.confirm.clearTitle': 'Remove your data from this device?',
  'account.confirm.body': 'Your drafts, anything not yet sent and the stored instrument library are removed from this device. What is already in SharePoint stays there.',
  'account.confirm.pending': '{count} changes are not yet saved in SharePoint. They are lost if you go on now. Wait until they are sent, or copy what you want to keep.',
  'account.confirm.signOut': 'Sign out and remove',
  'account.confirm.clear': 'Remove',
  'account.confirm.cancel': 'Cancel',
  'account.clearFailed': 'Not everything could be removed from this device. Close other tabs of this app and try again.',
  'account.signedOut.title': 'You are signed out',
  'account.signedOut.body': 'Nothing of your work in this app is left on this device: drafts, unsent entries and the stored library have been removed.',
  'account.switchAccount.title': 'Sign in with another account',
  'account.switchAccount.body': 'Drafts and unsent work of the previous account stay with that account on this device; whoever signs in now does not see them.',
  'account.signIn': 'Sign in',
  'account.emulatorAccount': 'Account (a demo user of the local emulator, e.g. staff@contoso.example)',
  'account.signInFailed': 'Signing in did not work. Try again.',
} as const;

export const accountMessagesNl: { readonly [K in keyof typeof accountMessagesEn]: string } = {
  'account.menu': 'Account',
  'account.signedInAs': 'Aangemeld als {name}',
  'account.switch': 'Een ander account gebruiken',
  'account.signOut': 'Afmelden',
  'account.clearDevice': 'Mijn gegevens van dit apparaat verwijderen',
  'account.confirm.signOutTitle': 'Afmelden?',
  'account.confirm.clearTitle': 'Je gegevens van dit apparaat verwijderen?',
  'account.confirm.body': 'Je concepten, wat nog niet is verstuurd en de opgeslagen instrumentenbibliotheek worden van dit apparaat verwijderd. Wat al in SharePoint staat, blijft daar.',
  'account.confirm.pending': '{count} wijzigingen zijn nog niet in SharePoint opgeslagen. Ze gaan verloren als je nu doorgaat. Wacht tot ze zijn verstuurd, of kopieer wat je wilt bewaren.',
  'account.confirm.signOut': 'Afmelden en verwijderen',
  'account.confirm.clear': 'Verwijderen',
  'account.confirm.cancel': 'Annuleren',
  'account.clearFailed': 'Niet alles kon van dit apparaat worden verwijderd. Sluit andere tabbladen met deze app en probeer het opnieuw.',
  'account.signedOut.title': 'Je bent afgemeld',
  'account.signedOut.body': 'Er staat niets meer van je werk in deze app op dit apparaat: concepten, niet-verstuurde meldingen en de opgeslagen bibliotheek zijn verwijderd.',
  'account.switchAccount.title': 'Aanmelden met een ander account',
  'account.switchAccount.body': 'Concepten en niet-verstuurd werk van het vorige account blijven bij dat account op dit apparaat; wie zich nu aanmeldt, ziet ze niet.',
  'account.signIn': 'Aanmelden',
  'account.emulatorAccount': 'Account (een demogebruiker van de lokale emulator, bijv. staff@contoso.example)',
  'account.signInFailed': 'Aanmelden is niet gelukt. Probeer het opnieuw.',
};

/** Both languages, for `SectionMessages`. */
export const accountMessages: SectionCatalogues = { en: accountMessagesEn, nl: accountMessagesNl };
