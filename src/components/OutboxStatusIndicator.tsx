import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n';
import { useOutboxStatus, type Outbox, type OutboxStatus } from '../storage/outbox';
import { RefusedSubmissions } from './RefusedSubmissions';

const useStyles = makeStyles({
  quiet: { color: tokens.colorNeutralForeground2 },
});

function reasonKey(status: OutboxStatus): MessageKey {
  const kind = status.lastError?.kind;
  if (kind === 'forbidden') return 'outbox.reason.forbidden';
  if (kind === 'validation') return 'outbox.reason.validation';
  return 'outbox.reason.other';
}

/** Props of {@link OutboxStatusIndicator}. */
export interface OutboxStatusIndicatorProps {
  readonly outbox: Outbox;
}

/**
 * Says where the user's changes are: saved in SharePoint, on their way, waiting on this
 * device (throttled or offline), or refused (with a retry, and each refused entry to read,
 * copy and remove from this device). A polite live region, so a
 * screen reader hears the state change without losing its place.
 */
export function OutboxStatusIndicator({ outbox }: OutboxStatusIndicatorProps): ReactNode {
  const styles = useStyles();
  const { t } = useI18n();
  const status = useOutboxStatus(outbox);
  const count = status.pending;
  useWarnBeforeLeavingUnsent(!status.durable && count > 0);
  return (
    <div role="status" aria-live="polite" data-testid="outbox-status" data-state={status.state} data-pending={count}>
      {status.state === 'blocked' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('outbox.blocked', { count, reason: t(reasonKey(status)) })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void outbox.flush()}>{t('outbox.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <Text size={200} className={styles.quiet}>
          {status.state === 'idle' || count === 0 ? t('outbox.idle') : t(`outbox.${status.state}`, { count })}
        </Text>
      )}
      {status.refused > 0 && <RefusedSubmissions outbox={outbox} status={status} />}
      {!status.durable && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('outbox.notDurable')}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/**
 * Asks the browser to confirm leaving the page while work that lives only in memory (the
 * browser keeps no storage for the framed tab) is still unsent: leaving would lose it.
 */
function useWarnBeforeLeavingUnsent(atRisk: boolean): void {
  useEffect(() => {
    if (!atRisk) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [atRisk]);
}
