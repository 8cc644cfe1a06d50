import { Text, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { AppConfig } from '../config/AppConfig';
import { createInstrumentLibrarySource } from '../features/instruments/api/createInstrumentLibrarySource';
import { InstrumentLibraryPage } from '../features/instruments/components/InstrumentLibraryPage';
import { useI18n } from '../i18n';
import { createInstrumentCache } from '../storage/createInstrumentCache';
import type { TeamsContext } from '../teams';
import { authProblemFor, type AuthProblem } from './authProblemFor';
import { ConsentRequiredPage } from './ConsentRequiredPage';
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

/** The first screen: a heading and the instrument library. */
export function FirstScreen({ config, context, origin, onReady }: FirstScreenProps): ReactNode {
  const styles = useStyles();
  const { t } = useI18n();
  const upn = context.userPrincipalName;
  // Only the standalone host has no frame context; every teams-js host has initialised by now.
  const hosted = context.frameContext !== 'none';
  const [authProblem, setAuthProblem] = useState<AuthProblem | undefined>();
  const source = useMemo(() => {
    let lists: ReturnType<typeof createAppListClient> | undefined;
    return createInstrumentLibrarySource({
      // Created on first refresh so that a config the build cannot serve shows as a load error.
      lists: () => (lists ??= createAppListClient(config, { origin, userPrincipalName: upn, hosted, onFailure: (error) => setAuthProblem((shown) => shown ?? authProblemFor(error)) })),
      listName: config.lists.instruments,
      cache: createInstrumentCache(),
      cacheScope: `${config.site.hostname}${config.site.path}|${config.lists.instruments}`,
    });
  }, [config, origin, upn, hosted]);
  const onFirstOutcome = useCallback(() => onReady(), [onReady]);
  const retryAfterAuthProblem = useCallback(() => setAuthProblem(undefined), []);

  if (authProblem !== undefined) {
    return <ConsentRequiredPage problem={authProblem.kind} config={config} onRetry={retryAfterAuthProblem} onShown={onFirstOutcome} />;
  }

  return (
    <main className={styles.root}>
      <Title1 as="h1" className={styles.heading}>
        {t('instruments.heading')}
      </Title1>
      <Text as="p" className={styles.intro}>
        {t('instruments.intro')}
      </Text>
      <InstrumentLibraryPage source={source} onFirstOutcome={onFirstOutcome} {...(context.subPageId === undefined ? {} : { subPageId: context.subPageId })} />
    </main>
  );
}
