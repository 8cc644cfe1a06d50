import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { FeatureConsentNotice } from '../../../components/FeatureConsentNotice';
import { useI18n } from '../../../i18n';
import type { Instrument } from '../../../lists/instrumentMapping';
import { instrumentCard } from '../model/instrumentCard';
import type { InstrumentSharing } from '../model/InstrumentSharing';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** Props of {@link ShareActions}. */
export interface ShareActionsProps {
  readonly instrument: Instrument;
  readonly sharing: InstrumentSharing;
}

type ShareStatus = 'idle' | 'shared' | 'cancelled' | 'failed' | 'copied' | 'copyFailed' | 'offered' | 'posted' | 'forbidden' | 'consentRequired' | 'postFailed';

/**
 * Share an instrument: "Share to Teams" where the host can (the host's own dialog),
 * "Copy link" everywhere (with the link shown to copy by hand when the clipboard is
 * refused), and "Post to this channel" in a channel tab. The outcome is announced.
 */
export function ShareActions({ instrument, sharing }: ShareActionsProps): ReactNode {
  const styles = useStyles();
  const { t } = useI18n();
  const [status, setStatus] = useState<ShareStatus>('idle');
  const link = sharing.linkFor(instrument);

  const copy = async (): Promise<void> => {
    // Inside Teams the tab may not use the clipboard: Teams shows the link in its own dialog.
    if (sharing.offerLink !== undefined && sharing.offerLink(instrument) === 'offered') {
      setStatus('offered');
      return;
    }
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('copyFailed');
    }
  };
  const post = async (): Promise<void> => {
    if (sharing.postToChannel === undefined) return;
    const card = instrumentCard(instrument, link, {
      typeLabel: t('instruments.type'),
      type: t(`instrumentType.${instrument.type}`),
      themesLabel: t('instruments.themes'),
      themes: instrument.themes.map((theme) => t(`theme.${theme}`)).join(', '),
      open: t('library.share.open'),
    });
    const outcome = await sharing.postToChannel(card);
    setStatus(outcome === 'failed' ? 'postFailed' : outcome);
  };

  return (
    <section className={styles.root} aria-label={t('library.share.label')}>
      <div className={styles.buttons}>
        {sharing.shareToTeams !== undefined && (
          <Button onClick={() => void sharing.shareToTeams?.(instrument).then(setStatus)}>{t('library.share.teams')}</Button>
        )}
        <Button onClick={() => void copy()}>{t('library.share.copy')}</Button>
        {sharing.postToChannel !== undefined && <Button onClick={() => void post()}>{t('library.share.post')}</Button>}
      </div>
      <Text role="status">{status === 'idle' || status === 'consentRequired' ? '' : t(`library.share.status.${status}`)}</Text>
      {status === 'consentRequired' && sharing.postPermission !== undefined && (
        <FeatureConsentNotice feature="channelPost" permission={sharing.postPermission} onRetry={() => void post()} />
      )}
      {status === 'copyFailed' && (
        <Field label={t('library.share.linkLabel')}>
          <Input readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        </Field>
      )}
    </section>
  );
}
