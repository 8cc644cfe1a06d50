import type { MessageKey } from '../i18n';

/** Why the app asks for each Graph scope it knows; docs/auth.md says the same at length. */
const PURPOSE_KEYS: Readonly<Record<string, MessageKey>> = {
  'sites.selected': 'auth.scope.sitesSelected',
  'sites.readwrite.all': 'auth.scope.sitesReadWriteAll',
  'sites.read.all': 'auth.scope.sitesReadAll',
  'user.read': 'auth.scope.userRead',
  'user.readbasic.all': 'auth.scope.userReadBasicAll',
  'channelmessage.send': 'auth.scope.channelMessageSend',
  'files.readwrite.appfolder': 'auth.scope.filesAppFolder',
  'teamsactivity.send': 'auth.scope.teamsActivitySend',
  'channelmember.read.all': 'auth.scope.channelMemberReadAll',
};

/** The message that says why the app needs a configured scope (scope names are case-insensitive). */
export function scopePurposeKey(scope: string): MessageKey {
  const name = scope.replace(/^https:\/\/graph\.microsoft\.[a-z.]+\//i, '').toLowerCase();
  return PURPOSE_KEYS[name] ?? 'auth.scope.other';
}
