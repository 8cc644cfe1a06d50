/**
 * UI text of one area of the app, English and Dutch. Spread into messages.en.ts and
 * messages.nl.ts; the Dutch object must have exactly the English keys.
 */
export const libraryMessagesEn = {} as const;

export const libraryMessagesNl: { readonly [K in keyof typeof libraryMessagesEn]: string } = {};
