import { Text, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, type ReactNode } from 'react';
import type { AppConfig } from '../config/AppConfig';
import { listPublishedInstruments, type PublishedInstruments } from '../features/instruments/api/listPublishedInstruments';
import { InstrumentListPreview } from '../features/instruments/components/InstrumentListPreview';
import { useI18n } from '../i18n';
import type { TeamsContext } from '../teams';
import { createAppListClient } from './createAppListClient';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { margin: '0' },
  intro: { margin: '0', color: tokens.colorNeutralForeground2 },
});

/** Props of {@link FirstScreen}. */
export interface FirstScreenProps {
  readonly config: AppConfig;
  readonly context: TeamsContext;
  /** The tab's origin. */
  readonly origin: string;
  /** Called once the first outcome is on screen. */
  readonly onReady: () => void;
}

/** The first screen: a heading and the published instruments. */
export function FirstScreen({ config, context, origin, onReady }: FirstScreenProps): ReactNode {
  const styles = useStyles();
  const { t } = useI18n();
  const upn = context.userPrincipalName;
  const load = useMemo(() => {
    let lists: ReturnType<typeof createAppListClient> | undefined;
    // Created on first load so that a config the build cannot serve shows as a load error.
    return async (): Promise<PublishedInstruments> => {
      lists ??= createAppListClient(config, { origin, userPrincipalName: upn });
      return listPublishedInstruments(lists, config.lists.instruments);
    };
  }, [config, origin, upn]);
  const onFirstOutcome = useCallback(() => onReady(), [onReady]);

  return (
    <main className={styles.root}>
      <Title1 as="h1" className={styles.heading}>
        {t('instruments.heading')}
      </Title1>
      <Text as="p" className={styles.intro}>
        {t('instruments.intro')}
      </Text>
      <InstrumentListPreview loadInstruments={load} onFirstOutcome={onFirstOutcome} />
    </main>
  );
}
