import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import type { ConfigProblem } from '../config/parseAppConfig';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  problems: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalXL },
  key: { fontFamily: tokens.fontFamilyMonospace },
  title: { display: 'inline', margin: '0', fontSize: 'inherit', fontWeight: 'inherit' },
});

/** Props of {@link ConfigErrorPage}. */
export interface ConfigErrorPageProps {
  readonly problems: readonly ConfigProblem[];
  /** Called once when shown: the app cannot start, the host should know. */
  readonly onShown?: () => void;
}

/** What the tab shows instead of a blank page when its configuration is wrong: every bad key, named. */
export function ConfigErrorPage({ problems, onShown }: ConfigErrorPageProps): ReactNode {
  const styles = useStyles();
  const { t } = useI18n();
  useEffect(() => onShown?.(), [onShown]);
  return (
    <main>
      <div role="alert">
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              <h1 className={styles.title}>{t('config.error.title')}</h1>
            </MessageBarTitle>
            <p>{t('config.error.intro')}</p>
            <ul className={styles.problems}>
              {problems.map((problem) => (
                <li key={`${problem.key}:${problem.message}`}>
                  <code className={styles.key}>{problem.key}</code>: {problem.message}
                </li>
              ))}
            </ul>
            <p>{t('config.error.outro')}</p>
          </MessageBarBody>
        </MessageBar>
      </div>
    </main>
  );
}
