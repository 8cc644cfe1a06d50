import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent, type ReactNode } from 'react';
import { FittingSelect } from '../../../components/FittingSelect';
import { useI18n } from '../../../i18n';
import { optionalField } from '../../../lists/graphFields';
import type { ImprovementAction } from '../../../lists/improvementActionMapping';
import { ACTION_STATUS_IDS, type ActionStatusId } from '../../../lists/incidentVocabulary';
import type { IncidentLearningEnvironment } from '../api/IncidentLearningEnvironment';
import { readStoredAction, saveChanges } from '../api/itemChanges';
import { SaveStateMessages } from './SaveStateMessages';
import { useIfMatchSave } from './useIfMatchSave';
import { useIncidentStyles } from './useIncidentStyles.styles';

/** Props of {@link ActionUpdateForm}. */
export interface ActionUpdateFormProps {
  readonly environment: IncidentLearningEnvironment;
  readonly action: ImprovementAction;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}

function isActionStatus(value: string): value is ActionStatusId {
  return (ACTION_STATUS_IDS as readonly string[]).includes(value);
}

/**
 * Moving an improvement action on (issue 16: "actions that close"): its status, up to
 * "effect checked", and how its effect was checked. The owner reaches their own action
 * (npm run action-access), the case team every action; SharePoint decides each write, and
 * a save against an action someone changed meanwhile is the user's choice.
 */
export function ActionUpdateForm({ environment, action, onSaved, onClose }: ActionUpdateFormProps): ReactNode {
  const styles = useIncidentStyles();
  const { t } = useI18n();
  const [status, setStatus] = useState<ActionStatusId>(action.status);
  const [effect, setEffect] = useState(action.effectivenessCheck ?? '');
  // What the user started from: only what they changed is written, so a concurrent change to the other part stays.
  const [base, setBase] = useState({ status: action.status, effect: action.effectivenessCheck ?? '' });
  const saving = useIfMatchSave<ImprovementAction>({
    eTag: action.eTag,
    write: (ifMatch) =>
      saveChanges(environment, environment.listNames.actions, action.id, ifMatch, {
        ...(status === base.status ? {} : { ActionStatus: status }),
        ...(effect.trim() === base.effect.trim() ? {} : optionalField('EffectivenessCheck', effect.trim() === '' ? undefined : effect.trim(), 'update')),
      }),
    read: () => readStoredAction(environment, action.id),
    onSaved,
    onTheirs: (theirs) => {
      setStatus(theirs.status);
      setEffect(theirs.effectivenessCheck ?? '');
      setBase({ status: theirs.status, effect: theirs.effectivenessCheck ?? '' });
    },
  });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (saving.state !== 'saving') void saving.save();
  };
  return (
    <form className={styles.form} aria-label={t('incident.action.updateHeading', { title: action.title })} onSubmit={submit} noValidate>
      <Field label={t('incident.action.status')}>
        <FittingSelect
          value={status}
          onChange={(_, data) => {
            if (isActionStatus(data.value)) setStatus(data.value);
            saving.edited();
          }}
        >
          {ACTION_STATUS_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`incident.actionStatus.${id}`)}
            </option>
          ))}
        </FittingSelect>
      </Field>
      <Field label={t('incident.action.effectivenessCheck')} hint={t('incident.hint.effectiveness')}>
        <Textarea
          value={effect}
          onChange={(_, data) => {
            setEffect(data.value);
            saving.edited();
          }}
        />
      </Field>
      <SaveStateMessages state={saving.state} onKeepMine={() => void saving.keepMine()} onLoadTheirs={() => void saving.loadTheirs()} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving.state === 'saving'}>
          {saving.state === 'saving' ? t('incident.edit.saving') : t('incident.edit.save')}
        </Button>
        <Button onClick={onClose}>{t('incident.action.close')}</Button>
      </div>
    </form>
  );
}
