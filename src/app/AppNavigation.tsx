import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { APP_SECTIONS, type AppSection } from './routes/AppRoute';

const useStyles = makeStyles({
  root: { marginBottom: tokens.spacingVerticalM, overflowX: 'auto' },
});

/** Props of {@link AppNavigation}. */
export interface AppNavigationProps {
  readonly section: AppSection;
  readonly onSelect: (section: AppSection) => void;
}

function isSection(value: unknown): value is AppSection {
  return APP_SECTIONS.some((section) => section === value);
}

/** The tab's top-level sections as a tab list (arrow keys move between them, as Fluent does). */
export function AppNavigation({ section, onSelect }: AppNavigationProps): ReactNode {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <nav className={styles.root} aria-label={t('shell.nav.label')}>
      <TabList selectedValue={section} onTabSelect={(_, data) => (isSection(data.value) ? onSelect(data.value) : undefined)}>
        {APP_SECTIONS.map((value) => (
          <Tab key={value} value={value}>
            {t(`shell.nav.${value}`)}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
