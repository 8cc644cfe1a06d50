/**
 * UI text of one area of the app, English and Dutch. Spread into messages.en.ts and
 * messages.nl.ts; the Dutch object must have exactly the English keys.
 */
export const provisioningMessagesEn = {} as const;

export const provisioningMessagesNl: { readonly [K in keyof typeof provisioningMessagesEn]: string } = {};
