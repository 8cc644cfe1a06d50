import { Badge, Button, Text, Title2 } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { formatDateTime, useI18n } from '../../../i18n';
import type { ImprovementAction } from '../../../lists/improvementActionMapping';
import type { IncidentCase } from '../../../lists/incidentCaseMapping';
import type { IncidentLearningEnvironment } from '../api/IncidentLearningEnvironment';
import { ActionForm } from './ActionForm';
import { ActionItem } from './ActionItem';
import { isDecidedBreach } from '../model/breachAssessment';
import { BreachBadge } from './BreachBadge';
import { BreachCountdown } from './BreachCountdown';
import { CyberIncidentDeadlines } from './CyberIncidentDeadlines';
import { CaseEditor, type CaseEditorRole } from './CaseEditor';
import { CaseHistory } from './CaseHistory';
import { LessonForm } from './LessonForm';
import { useIncidentStyles } from './useIncidentStyles.styles';
import { optionalEntry } from '../../../lists/optionalEntry';

/** Props of {@link CaseDetail}. */
export interface CaseDetailProps {
  readonly environment: IncidentLearningEnvironment;
  readonly incident: IncidentCase;
  readonly actions: readonly ImprovementAction[];
  readonly pending: boolean;
  readonly peopleNames: readonly string[];
  readonly onBack: () => void;
  readonly onChanged: () => void;
}

/**
 * Who may change a case here: its reporter adds details; anyone else who can read it is
 * the case team (SharePoint shows other people's reports to nobody else), and moves its
 * status. A case-team member's own report is theirs as reporter: nobody handles their own.
 * SharePoint still decides every write.
 */
function editorRoleFor(incident: IncidentCase, userId: string): CaseEditorRole | undefined {
  if (incident.authorId === undefined) return undefined;
  return incident.authorId === userId ? 'reporter' : 'caseTeam';
}

/** One confidential case: what happened, its status, the breach clock, its actions, editing it, and deriving a lesson. Text is rendered as text. */
export function CaseDetail({ environment, incident, actions, pending, peopleNames, onBack, onChanged }: CaseDetailProps): ReactNode {
  const styles = useIncidentStyles();
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const role = pending ? undefined : editorRoleFor(incident, environment.user.id);
  const fields: ReadonlyArray<readonly [string, string | undefined]> = [
    [t('incident.field.occurredOn'), incident.occurredOn === undefined ? undefined : formatDateTime(incident.occurredOn, locale)],
    [t('incident.field.discoveredOn'), incident.discoveredOn === undefined ? undefined : formatDateTime(incident.discoveredOn, locale)],
    [t('incident.field.theme'), incident.theme === undefined ? undefined : t(`theme.${incident.theme}`)],
    [t('incident.field.processStep'), incident.processStep === undefined ? undefined : t(`processStep.${incident.processStep}`)],
    [t('incident.field.impact'), incident.impact === undefined ? undefined : t(`incident.impact.${incident.impact}`)],
    [t('incident.field.whatHappened'), incident.whatHappened],
    [t('incident.field.timeline'), incident.timeline.map((entry) => `${formatDateTime(entry.at, locale)}: ${entry.text}`).join('\n') || undefined],
    [t('incident.field.whys'), incident.contributingFactors.whys.join('\n') || undefined],
    [t('incident.field.factors'), incident.contributingFactors.factors.join('; ') || undefined],
    [t('incident.field.wentWell'), incident.wentWell],
    [t('incident.field.wentWrong'), incident.wentWrong],
    [t('incident.field.lucky'), incident.lucky],
    [t('incident.field.lessonsText'), incident.lessonsText],
  ];
  return (
    <article className={styles.root} aria-labelledby="incident-case-title">
      <div className={styles.actions}>
        <Button onClick={onBack}>{t('incident.case.back')}</Button>
      </div>
      <Title2 as="h2" id="incident-case-title">
        {incident.title}
      </Title2>
      <div className={styles.actions}>
        <Badge appearance="tint">{t(`incident.kind.${incident.kind}`)}</Badge>
        <Badge appearance="outline">{t('incident.case.status', { status: t(`incident.caseStatus.${incident.status}`) })}</Badge>
        {pending && <Badge appearance="outline">{t('incident.case.pending')}</Badge>}
        <BreachBadge incident={incident} />
        {incident.cyberIncident?.significant === true && <Badge color="danger">{t('incident.case.significant')}</Badge>}
      </div>
      {incident.cyberIncident?.significant === true && (environment.cyberSecurityAct ?? true) && (
        <CyberIncidentDeadlines record={incident.cyberIncident} {...optionalEntry('now', environment.now)} />
      )}
      {isDecidedBreach(incident) && incident.breachAwareOn !== undefined && (
        <BreachCountdown awareOn={incident.breachAwareOn} notifiedOn={incident.breach?.notifiedAuthorityOn} {...optionalEntry('now', environment.now)} />
      )}
      <dl>
        {fields
          .filter(([, value]) => value !== undefined && value !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>
                <Text weight="semibold">{label}</Text>
              </dt>
              <dd className={styles.preview}>{value}</dd>
            </div>
          ))}
      </dl>
      {pending ? (
        <Text className={styles.meta}>{t('incident.edit.pending')}</Text>
      ) : role !== undefined && !editing ? (
        <div className={styles.actions}>
          <Button
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {role === 'caseTeam' ? t('incident.edit.open') : t('incident.edit.addDetails')}
          </Button>
          {saved && <Text role="status">{t('incident.edit.saved')}</Text>}
        </div>
      ) : null}
      {editing && role !== undefined && (
        <CaseEditor
          environment={environment}
          incident={incident}
          role={role}
          onSaved={() => {
            // Closed after a save: the next edit starts from the case as SharePoint now has it (its new eTag).
            setEditing(false);
            setSaved(true);
            onChanged();
          }}
          onClose={() => setEditing(false)}
        />
      )}
      {!pending && <CaseHistory environment={environment} incident={incident} />}
      <section className={styles.section} aria-labelledby="incident-actions-heading">
        <Title2 as="h3" id="incident-actions-heading">
          {t('incident.actions.heading')}
        </Title2>
        {actions.length === 0 ? (
          <Text className={styles.meta}>{t('incident.actions.none')}</Text>
        ) : (
          <ul className={styles.list}>
            {actions.map((action) => (
              <ActionItem key={action.submissionId} environment={environment} action={action} onChanged={onChanged} />
            ))}
          </ul>
        )}
        <ActionForm environment={environment} caseId={incident.submissionId} onSaved={onChanged} />
      </section>
      <section className={styles.section}>
        <LessonForm environment={environment} source={incident} peopleNames={peopleNames} onSaved={onChanged} />
      </section>
    </article>
  );
}
