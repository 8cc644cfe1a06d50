import { Checkbox, Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import type { ThemeId } from '../../../lists/vocabulary';
import type { IncidentLearningEnvironment } from '../api/IncidentLearningEnvironment';
import type { ReportDraft } from './reportDraft';

/**
 * Themes whose reports may be a report of a suspected wrongdoing under the Wbk: integrity
 * and social safety (issue 16), and privacy and cybersecurity, which the EU directive names
 * itself (art. 2(1)(a)(x): protection of privacy and personal data, security of network and
 * information systems).
 */
const WHISTLEBLOWER_THEMES = ['integriteit', 'sociale-veiligheid', 'privacy', 'cybersecurity'] as const;

/** Whether a report on this theme may be a report of a suspected wrongdoing. */
export function isWhistleblowerTheme(theme: ThemeId | ''): boolean {
  return (WHISTLEBLOWER_THEMES as readonly string[]).includes(theme);
}

/** Whether the draft goes to the confidential advisers instead of the case team. */
export function isWhistleblowerReport(draft: Pick<ReportDraft, 'theme' | 'whistleblower'>): boolean {
  return draft.whistleblower && isWhistleblowerTheme(draft.theme);
}

/**
 * "This is a report of a suspected wrongdoing" (Wet bescherming klokkenluiders), for an
 * integrity or social-safety report: once ticked, the form says where the report goes (the
 * confidential advisers only, never the case team), the legal deadlines, and the
 * institution's formal procedure and contact from the configuration.
 */
export function WhistleblowerChoice({ environment, checked, onChange }: { readonly environment: IncidentLearningEnvironment; readonly checked: boolean; readonly onChange: (checked: boolean) => void }): ReactNode {
  const { t } = useI18n();
  const procedure = environment.whistleblower;
  return (
    <>
      <Checkbox checked={checked} label={t('incident.whistleblower.choice')} onChange={(_, data) => onChange(data.checked === true)} />
      {checked && (
        <MessageBar intent="info" layout="multiline" data-testid="whistleblower-procedure">
          <MessageBarBody>
            {t('incident.whistleblower.where')}{' '}
            {procedure?.contact !== undefined && `${t('incident.whistleblower.contact', { contact: procedure.contact })} `}
            {procedure?.procedureUrl !== undefined && (
              <Link href={procedure.procedureUrl} target="_blank" rel="noreferrer">
                {t('incident.whistleblower.procedure')}
              </Link>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
