import { Badge, Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import type { PublishedInstruments } from '../api/listPublishedInstruments';
import { loadErrorMessageKey } from '../api/loadErrorMessageKey';
import { usePublishedInstruments } from '../api/usePublishedInstruments';
import { useInstrumentListPreviewStyles } from './useInstrumentListPreviewStyles.styles';

/** Props of {@link InstrumentListPreview}. */
export interface InstrumentListPreviewProps {
  /** Loads the published instruments (bound to the app's list client by the caller). */
  readonly loadInstruments: () => Promise<PublishedInstruments>;
  /**
   * Called once, after the first outcome (list, empty or error) has been painted: the
   * moment to tell the host the tab is ready.
   */
  readonly onFirstOutcome?: () => void;
}

/** The first screen's list of published instruments: title, type and themes. */
export function InstrumentListPreview({ loadInstruments, onFirstOutcome }: InstrumentListPreviewProps): ReactNode {
  const styles = useInstrumentListPreviewStyles();
  const { t } = useI18n();
  const { state, retry } = usePublishedInstruments(loadInstruments);
  const reported = useRef(false);

  useEffect(() => {
    if (state.status === 'error') console.warn('Loading the instruments failed', state.error);
  }, [state]);

  useEffect(() => {
    if (state.status === 'loading' || reported.current) return;
    // After the browser has painted the outcome, not merely rendered it. The flag is set
    // in the callback so that StrictMode's effect re-run does not swallow the report.
    const frame = requestAnimationFrame(() => {
      reported.current = true;
      onFirstOutcome?.();
    });
    return () => cancelAnimationFrame(frame);
  }, [state, onFirstOutcome]);

  if (state.status === 'loading') {
    return (
      <div role="status" className={styles.state}>
        <Spinner size="small" aria-hidden="true" />
        <Text>{t('instruments.loading')}</Text>
      </div>
    );
  }

  if (state.status === 'error') {
    return (
      <div className={styles.root}>
        <div role="alert">
          <MessageBar intent="error">
            <MessageBarBody>
              {t('instruments.error')} {t(loadErrorMessageKey(state.error))}
            </MessageBarBody>
          </MessageBar>
        </div>
        <div>
          <Button onClick={retry}>{t('instruments.retry')}</Button>
        </div>
      </div>
    );
  }

  const { instruments, skipped } = state.result;
  return (
    <div className={styles.root}>
      <p role="status" className={styles.meta}>
        {instruments.length === 0 ? t('instruments.empty') : t('instruments.count', { count: instruments.length })}
        {skipped > 0 ? ` ${t('instruments.skipped', { count: skipped })}` : ''}
      </p>
      {instruments.length > 0 && (
        <ul className={styles.list} aria-label={t('instruments.listLabel')}>
          {instruments.map((instrument) => (
            <li key={instrument.id} className={styles.item} lang={instrument.language}>
              <h2 className={styles.title}>{instrument.title}</h2>
              <p className={styles.meta}>
                {t('instruments.type')}: {t(`instrumentType.${instrument.type}`)}
              </p>
              <ul className={styles.themes} aria-label={t('instruments.themes')}>
                {instrument.themes.map((theme) => (
                  <li key={theme}>
                    <Badge appearance="tint" color="brand">
                      {t(`theme.${theme}`)}
                    </Badge>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
