import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { Component, Suspense, useState, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n';

interface CatchProps {
  readonly fallback: (retry: () => void) => ReactNode;
  readonly children: ReactNode;
}

/** Catches a failed chunk load or a crash inside one section, so the rest of the tab stays usable. */
class SectionErrorCatcher extends Component<CatchProps, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A section of the app failed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}

/** Props of {@link SectionBoundary}. */
export interface SectionBoundaryProps {
  readonly children: ReactNode;
}

/**
 * Wraps a lazily loaded section: a spinner while its code loads, and a message with
 * "try again" when the chunk cannot be fetched (offline, a new deployment) or the
 * section crashes. Retrying remounts the section; its drafts are in IndexedDB.
 */
export function SectionBoundary({ children }: SectionBoundaryProps): ReactNode {
  const { t } = useI18n();
  const [attempt, setAttempt] = useState(0);
  return (
    <SectionErrorCatcher
      key={attempt}
      fallback={(retry) => (
        <div role="alert">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('shell.section.loadFailed.title')}</MessageBarTitle>
              {t('shell.section.loadFailed.body')}
            </MessageBarBody>
            <MessageBarActions>
              <Button
                onClick={() => {
                  setAttempt((value) => value + 1);
                  retry();
                }}
              >
                {t('shell.section.retry')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
    >
      <Suspense fallback={<Spinner label={t('shell.section.loading')} />}>{children}</Suspense>
    </SectionErrorCatcher>
  );
}
