import { Button, Field, Input, MessageBar, MessageBarBody, Text, Title1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { markSignIn, type AccountControl, type SignInReason } from '../auth';
import { SectionMessages, useI18n } from '../i18n';
import { accountMessages } from '../i18n/areas/accountMessages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '40rem' },
  heading: { margin: '0' },
});

/** Props of {@link SignInScreen}. */
export interface SignInScreenProps {
  readonly reason: SignInReason;
  readonly control: AccountControl;
  /** Starts the app again once an account is signed in. @default window.location.reload */
  readonly restart?: () => void;
  /** Called once when shown: the first outcome is on screen. */
  readonly onShown?: () => void;
}

/**
 * What a plain browser shows after "Sign out" or "Use another account", instead of
 * signing the last account in silently: the next person chooses their own account. In a
 * tenant Entra ID's account chooser asks (a popup, opened by the click); locally the
 * user names a demo user of the emulator.
 */
function SignInScreenContent({ reason, control, restart = () => window.location.reload(), onShown }: SignInScreenProps): ReactNode {
  const styles = useStyles();
  const { t } = useI18n();
  const [account, setAccount] = useState('');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => onShown?.(), [onShown]);

  async function signIn(): Promise<void> {
    setBusy(true);
    setFailed(false);
    try {
      await control.signIn(control.namesAccount ? account.trim() : undefined);
      markSignIn(undefined);
      restart();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  const canSubmit = !busy && (!control.namesAccount || account.trim() !== '');
  return (
    <main className={styles.root}>
      <Title1 as="h1" className={styles.heading}>
        {reason === 'signedOut' ? t('account.signedOut.title') : t('account.switchAccount.title')}
      </Title1>
      <Text as="p">{reason === 'signedOut' ? t('account.signedOut.body') : t('account.switchAccount.body')}</Text>
      <form
        className={styles.root}
        onSubmit={(event) => {
          event.preventDefault();
          if (canSubmit) void signIn();
        }}
      >
        {control.namesAccount ? (
          <Field label={t('account.emulatorAccount')} required>
            <Input type="email" autoComplete="username" value={account} onChange={(_, data) => setAccount(data.value)} />
          </Field>
        ) : null}
        {failed ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{t('account.signInFailed')}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div>
          <Button appearance="primary" type="submit" disabled={!canSubmit}>
            {t('account.signIn')}
          </Button>
        </div>
      </form>
    </main>
  );
}

/** {@link SignInScreenContent} with its own messages (they load with it, not with the first screen). */
export function SignInScreen(props: SignInScreenProps): ReactNode {
  return (
    <SectionMessages messages={accountMessages}>
      <SignInScreenContent {...props} />
    </SectionMessages>
  );
}
