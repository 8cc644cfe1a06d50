import type { SectionCatalogues } from '../catalogues';

/**
 * UI text of the administrator page (consent or the site grant missing), English and
 * Dutch. A section catalogue: it loads with that page, which most users never see, not
 * with the first screen; added by `SectionMessages`. The Dutch object must have exactly
 * the English keys.
 */
export const consentMessagesEn = {
  'auth.consent.title': 'An administrator must grant access',
  'auth.consent.consentRequired':
    'Signing in to Microsoft 365 was refused: your organisation has not yet consented to the permissions this app needs.',
  'auth.consent.siteAccessDenied':
    'Microsoft Graph refused access to the SharePoint site {site}. Either the app has no permission on that site, or your account has no access to it.',
  'auth.consent.scopesIntro': 'An administrator must grant these delegated Microsoft Graph permissions to the app:',
  'auth.consent.optionalIntro': 'Optional, asked for only when you first use the feature that needs them (the app works without them):',
  'auth.consent.siteGrant':
    'With Sites.Selected an administrator must also give the app write access to the site {site} itself (a per-site grant); consent alone is not enough.',
  'auth.consent.link': 'Grant admin consent in Microsoft Entra ID',
  'auth.consent.linkHint': 'Only a Global Administrator, Privileged Role Administrator or Cloud Application Administrator can use this link. Send this page to your administrator.',
  'auth.consent.localMode': 'Local mode: the emulator’s consent and the demo user’s roles are in config/emulator.json (or POST /emulator/consent).',
  'auth.consent.retry': 'Try again',
  'auth.scope.sitesSelected': 'Read and write the app’s lists on the one SharePoint site an administrator has granted; no other site.',
  'auth.scope.sitesReadWriteAll': 'Read and write the app’s lists on the SharePoint site. Gives access to every site the user can reach; use only when Sites.Selected is impossible.',
  'auth.scope.sitesReadAll': 'Read the app’s lists on the SharePoint site (read-only use).',
  'auth.scope.userRead': 'Sign you in and read your own profile (name, e-mail).',
  'auth.scope.userReadBasicAll': 'Look up colleagues by name in people pickers (owners of actions, participants).',
  'auth.scope.channelMessageSend': 'Post instrument and lesson cards to a Teams channel (optional).',
  'auth.scope.teamsActivitySend': 'Notify colleagues in their Teams activity feed: an action assigned to them, reminders of the legal deadlines of a case they work on (optional).',
  'auth.scope.filesAppFolder': 'Keep your favourites and your last visit in the app\'s own folder in your OneDrive (the app cannot see the rest of your OneDrive).',
  'auth.scope.channelMemberReadAll': 'See who is in a channel before a TLP:AMBER+STRICT lesson is posted there: it may not reach guests or people of other organisations (optional).',
  'auth.scope.other': 'Requested by the app’s configuration.',
} as const;

export const consentMessagesNl: { readonly [K in keyof typeof consentMessagesEn]: string } = {
  'auth.consent.title': 'Een beheerder moet toegang geven',
  'auth.consent.consentRequired':
    'Aanmelden bij Microsoft 365 is geweigerd: je organisatie heeft nog geen toestemming gegeven voor de rechten die deze app nodig heeft.',
  'auth.consent.siteAccessDenied':
    'Microsoft Graph weigerde de toegang tot de SharePoint-site {site}. De app heeft geen rechten op die site, of je account heeft er geen toegang toe.',
  'auth.consent.scopesIntro': 'Een beheerder moet de app deze gedelegeerde Microsoft Graph-machtigingen geven:',
  'auth.consent.optionalIntro': 'Optioneel, pas gevraagd als je de functie die ze nodig heeft voor het eerst gebruikt (de app werkt zonder):',
  'auth.consent.siteGrant':
    'Bij Sites.Selected moet een beheerder de app daarnaast schrijfrechten geven op de site {site} zelf (een toekenning per site); toestemming alleen is niet genoeg.',
  'auth.consent.link': 'Beheerderstoestemming geven in Microsoft Entra ID',
  'auth.consent.linkHint':
    'Alleen een globale beheerder, beheerder met bevoorrechte rollen of cloudtoepassingsbeheerder kan deze link gebruiken. Stuur deze pagina door naar je beheerder.',
  'auth.consent.localMode': 'Lokale modus: de toestemming van de emulator en de rollen van de demogebruiker staan in config/emulator.json (of POST /emulator/consent).',
  'auth.consent.retry': 'Opnieuw proberen',
  'auth.scope.sitesSelected': 'De lijsten van de app lezen en schrijven op de ene SharePoint-site die een beheerder heeft toegekend; geen andere site.',
  'auth.scope.sitesReadWriteAll':
    'De lijsten van de app lezen en schrijven op de SharePoint-site. Geeft toegang tot elke site die de gebruiker kan bereiken; alleen gebruiken als Sites.Selected niet kan.',
  'auth.scope.sitesReadAll': 'De lijsten van de app op de SharePoint-site lezen (alleen lezen).',
  'auth.scope.userRead': 'Je aanmelden en je eigen profiel lezen (naam, e-mail).',
  'auth.scope.userReadBasicAll': 'Collega’s op naam opzoeken in personenkiezers (eigenaars van acties, deelnemers).',
  'auth.scope.channelMessageSend': 'Kaarten van instrumenten en lessen in een Teams-kanaal plaatsen (optioneel).',
  'auth.scope.teamsActivitySend': 'Collega’s een melding geven in hun Teams-activiteitenfeed: een actie die aan hen is toegewezen, herinneringen aan de wettelijke termijnen van een dossier waaraan ze werken (optioneel).',
  'auth.scope.filesAppFolder': 'Je favorieten en je laatste bezoek bewaren in een eigen map van de app in je OneDrive (de app ziet de rest van je OneDrive niet).',
  'auth.scope.channelMemberReadAll': 'Zien wie er in een kanaal zitten voordat er een les met TLP:AMBER+STRICT wordt geplaatst: die mag geen gasten of mensen van andere organisaties bereiken (optioneel).',
  'auth.scope.other': 'Gevraagd door de configuratie van de app.',
};

/** Both languages, for `SectionMessages`. */
export const consentMessages: SectionCatalogues = { en: consentMessagesEn, nl: consentMessagesNl };
