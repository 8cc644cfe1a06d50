import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Menu,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Text,
} from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { markSignIn, type AccountControl } from '../auth';
import type { SignedInUser } from '../graph';
import { SectionMessages, useI18n } from '../i18n';
import { accountMessages } from '../i18n/areas/accountMessages';
import type { AppServices } from './createAppServices';

/** Props of {@link AccountMenu}. */
export interface AccountMenuProps {
  readonly services: AppServices;
  /** Who is signed in (from `/me`); the menu is not shown before that is known. */
  readonly user: SignedInUser;
  /** Signing in and out in a plain browser; undefined inside a host, whose account the app never signs out. */
  readonly control: AccountControl | undefined;
  /** Starts the app again after sign-out or an account switch. @default window.location.reload */
  readonly restart?: () => void;
}

type Confirming = { readonly pending: number } | undefined;

/**
 * Who is signed in, and leaving nothing behind on a shared device: in a plain browser
 * "Sign out" (and "Use another account"); inside a host, whose account is Teams' own,
 * "Remove my data from this device". Both remove the user's drafts, outbox and the cached
 * library after a confirmation that says what unsent work would be lost.
 */
function AccountMenuContent({ services, user, control, restart = () => window.location.reload() }: AccountMenuProps): ReactNode {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<Confirming>();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const signsOut = control !== undefined;

  async function confirm(): Promise<void> {
    const pending = (await services.forUser(user).outbox.pending()).length;
    setFailed(false);
    setConfirming({ pending });
  }

  async function leave(): Promise<void> {
    setBusy(true);
    try {
      await services.clearDevice(user);
      if (control !== undefined) {
        await control.signOut();
        markSignIn('signedOut');
      }
      restart();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button appearance="subtle">{user.displayName}</Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuGroupHeader>{t('account.signedInAs', { name: user.userPrincipalName })}</MenuGroupHeader>
            {signsOut ? (
              <MenuItem
                onClick={() => {
                  markSignIn('switchAccount');
                  restart();
                }}
              >
                {t('account.switch')}
              </MenuItem>
            ) : null}
            <MenuItem onClick={() => void confirm()}>{signsOut ? t('account.signOut') : t('account.clearDevice')}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <Dialog open={confirming !== undefined} onOpenChange={(_, data) => (data.open ? undefined : setConfirming(undefined))}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{signsOut ? t('account.confirm.signOutTitle') : t('account.confirm.clearTitle')}</DialogTitle>
            <DialogContent>
              <Text as="p">{t('account.confirm.body')}</Text>
              {confirming !== undefined && confirming.pending > 0 ? (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>{t('account.confirm.pending', { count: confirming.pending })}</MessageBarBody>
                </MessageBar>
              ) : null}
              {failed ? (
                <MessageBar intent="error" layout="multiline" role="alert">
                  <MessageBarBody>{t('account.clearFailed')}</MessageBarBody>
                </MessageBar>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" disabled={busy} onClick={() => setConfirming(undefined)}>
                {t('account.confirm.cancel')}
              </Button>
              <Button appearance="primary" disabled={busy} onClick={() => void leave()}>
                {signsOut ? t('account.confirm.signOut') : t('account.confirm.clear')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}

/** {@link AccountMenuContent} with its own messages (they load with it, not with the first screen). */
export function AccountMenu(props: AccountMenuProps): ReactNode {
  return (
    <SectionMessages messages={accountMessages}>
      <AccountMenuContent {...props} />
    </SectionMessages>
  );
}
