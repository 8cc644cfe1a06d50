import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import { I18nProvider, pickLanguage } from '../i18n';
import type { TeamsHost, TeamsContext } from '../teams';
import { fluentThemeFor } from './fluentThemeFor';
import { useHostTheme } from './useHostTheme';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
});

/** Props of {@link AppProviders}. */
export interface AppProvidersProps {
  readonly host: TeamsHost;
  readonly context: TeamsContext;
  readonly children: ReactNode;
}

/** Fluent theme (following the host theme live) and the UI language (from the host locale). */
export function AppProviders({ host, context, children }: AppProvidersProps): ReactNode {
  const styles = useStyles();
  const theme = useHostTheme(host, context.theme);
  const language = pickLanguage(context.locale);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <FluentProvider theme={fluentThemeFor(theme)} className={styles.root} data-host-theme={theme}>
      <I18nProvider locale={context.locale}>{children}</I18nProvider>
    </FluentProvider>
  );
}
