import { checkTabConfigDraft, TAB_NAME_MAX_LENGTH, type TabConfigDraft } from './checkTabConfigDraft';

const draft = (changes: Partial<TabConfigDraft> = {}): TabConfigDraft => ({ kind: 'library', theme: '', query: '', name: 'Instrumenten', ...changes });

describe('checkTabConfigDraft', () => {
  it('accepts the whole library with a name', () => {
    expect(checkTabConfigDraft(draft())).toEqual({ ok: true, choice: { kind: 'library' }, name: 'Instrumenten' });
  });

  it('pins a theme and keeps trimmed search words', () => {
    expect(checkTabConfigDraft(draft({ theme: 'privacy', query: '  datalek ', name: ' Privacy ' }))).toEqual({
      ok: true,
      choice: { kind: 'library', theme: 'privacy', query: 'datalek' },
      name: 'Privacy',
    });
  });

  it('refuses an empty or too long name', () => {
    expect(checkTabConfigDraft(draft({ name: '   ' }))).toEqual({ ok: false, problems: ['nameRequired'] });
    expect(checkTabConfigDraft(draft({ name: 'x'.repeat(TAB_NAME_MAX_LENGTH + 1) }))).toEqual({ ok: false, problems: ['nameTooLong'] });
    expect(checkTabConfigDraft(draft({ name: 'x'.repeat(TAB_NAME_MAX_LENGTH) })).ok).toBe(true);
  });

  it('refuses a theme or kind that does not exist', () => {
    const bad = { ...draft(), theme: 'weather', kind: 'assessment' } as unknown as TabConfigDraft;
    expect(checkTabConfigDraft(bad)).toEqual({ ok: false, problems: ['unknownKind', 'unknownTheme'] });
  });
});
