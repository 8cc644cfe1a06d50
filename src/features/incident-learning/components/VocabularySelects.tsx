import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { FittingSelect } from '../../../components/FittingSelect';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import { PROCESS_STEP_IDS, THEME_IDS, type ProcessStepId, type ThemeId } from '../../../lists/vocabulary';

/** Props of the theme and process-step selects: `''` is the blank first option ("choose…" or "all"). */
interface VocabularySelectProps<T extends string> {
  readonly value: T | '';
  readonly onChange: (value: T | '') => void;
  readonly blankLabel: string;
}

function isOneOf<T extends string>(ids: readonly T[], value: string): value is T {
  return ids.some((id) => id === value);
}

/** A select of the themes, labelled by its surrounding Field. */
export function ThemeSelect({ value, onChange, blankLabel }: VocabularySelectProps<ThemeId>): ReactNode {
  const { t } = useI18n();
  return (
    <FittingSelect value={value} onChange={(_, data) => onChange(isOneOf(THEME_IDS, data.value) ? data.value : '')}>
      <option value="">{blankLabel}</option>
      {THEME_IDS.map((id) => (
        <option key={id} value={id}>
          {t(`theme.${id}`)}
        </option>
      ))}
    </FittingSelect>
  );
}

/** A select of the process steps, labelled by its surrounding Field. */
export function ProcessStepSelect({ value, onChange, blankLabel }: VocabularySelectProps<ProcessStepId>): ReactNode {
  const { t } = useI18n();
  return (
    <FittingSelect value={value} onChange={(_, data) => onChange(isOneOf(PROCESS_STEP_IDS, data.value) ? data.value : '')}>
      <option value="">{blankLabel}</option>
      {PROCESS_STEP_IDS.map((id) => (
        <option key={id} value={id}>
          {t(`processStep.${id}`)}
        </option>
      ))}
    </FittingSelect>
  );
}

/** The alert under a form that could not be saved: how many fields to check (each field shows its own message). */
export function FormProblemsAlert({ count }: { readonly count: number }): ReactNode {
  const { t } = useI18n();
  if (count === 0) return null;
  return (
    <div role="alert">
      <MessageBar intent="error">
        <MessageBarBody>{t('incident.report.fix', { count })}</MessageBarBody>
      </MessageBar>
    </div>
  );
}
