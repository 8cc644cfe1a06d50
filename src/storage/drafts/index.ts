export { createDraftStore } from './createDraftStore';
export type { DraftStore, DraftStoreOptions, SavedDraft } from './createDraftStore';
