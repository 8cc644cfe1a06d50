import { consentMessages } from '../i18n/areas/consentMessages';
import { scopePurposeKey } from './scopePurposeKey';

describe('scopePurposeKey', () => {
  it('explains each scope the docs list, in any case and with or without the Graph prefix', () => {
    expect(scopePurposeKey('Sites.Selected')).toBe('auth.scope.sitesSelected');
    expect(scopePurposeKey('https://graph.microsoft.com/sites.readwrite.all')).toBe('auth.scope.sitesReadWriteAll');
    expect(scopePurposeKey('User.Read')).toBe('auth.scope.userRead');
    expect(scopePurposeKey('User.ReadBasic.All')).toBe('auth.scope.userReadBasicAll');
    expect(scopePurposeKey('ChannelMessage.Send')).toBe('auth.scope.channelMessageSend');
    expect(scopePurposeKey('TeamsActivity.Send')).toBe('auth.scope.teamsActivitySend');
  });

  it('falls back to a generic reason for a scope it does not know', () => {
    expect(scopePurposeKey('Mail.Send')).toBe('auth.scope.other');
    expect(consentMessages.nl['auth.scope.other']).toBe('Gevraagd door de configuratie van de app.');
  });
});
