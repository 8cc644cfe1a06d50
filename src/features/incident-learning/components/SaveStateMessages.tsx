import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import type { SaveState } from './useIfMatchSave';

/** Props of {@link SaveStateMessages}. */
export interface SaveStateMessagesProps {
  readonly state: SaveState;
  readonly onKeepMine: () => void;
  readonly onLoadTheirs: () => void;
}

/** What a save of a case or an action came to: saved, a conflict with the user's two choices, or why it failed (the form keeps its text). */
export function SaveStateMessages({ state, onKeepMine, onLoadTheirs }: SaveStateMessagesProps): ReactNode {
  const { t } = useI18n();
  if (state === 'conflict') {
    return (
      <div role="alert">
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('incident.edit.conflict')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onKeepMine}>{t('incident.edit.keepMine')}</Button>
            <Button onClick={onLoadTheirs}>{t('incident.edit.loadTheirs')}</Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }
  if (state === 'failed' || state === 'forbidden') {
    return (
      <div role="alert">
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t(state === 'failed' ? 'incident.edit.failed' : 'incident.edit.forbidden')}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  if (state === 'saved') {
    return (
      <div role="status">
        <MessageBar intent="success">
          <MessageBarBody>{t('incident.edit.saved')}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  return null;
}
