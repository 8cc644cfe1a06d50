import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import type { Outbox, OutboxStatus, RefusedSubmission } from '../storage/outbox';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalS, paddingLeft: '0', listStyleType: 'none' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', marginTop: tokens.spacingVerticalXS },
});

/** Fields that are bookkeeping, not what the user typed. */
const HIDDEN_FIELDS: ReadonlySet<string> = new Set(['SubmissionId', '@odata.type']);

/** What the user entered, as plain text: one `Field: value` line per filled field. */
export function refusedSubmissionText(submission: RefusedSubmission): string {
  return Object.entries(submission.fields)
    .filter(([name, value]) => !HIDDEN_FIELDS.has(name) && !name.endsWith('@odata.type') && value !== null && value !== undefined && value !== '')
    .map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join('\n');
}

/** Props of {@link RefusedSubmissions}. */
export interface RefusedSubmissionsProps {
  readonly outbox: Outbox;
  /** Re-read when the status changes (a new refusal, a discard). */
  readonly status: OutboxStatus;
}

/**
 * The entries SharePoint refused (issue 15: "nothing else is ever dropped"): each with
 * its text to read and copy, and a way to remove it from this device after a warning.
 * Copying falls back to selecting the text by hand: inside Teams the tab may not use the
 * clipboard (teams-js #1402).
 */
export function RefusedSubmissions({ outbox, status }: RefusedSubmissionsProps): ReactNode {
  const styles = useStyles();
  const [refused, setRefused] = useState<readonly RefusedSubmission[]>([]);
  useEffect(() => {
    let current = true;
    void outbox.refused().then((entries) => {
      if (current) setRefused(entries);
    });
    return () => {
      current = false;
    };
  }, [outbox, status]);
  if (refused.length === 0) return null;
  return (
    <ul className={styles.list} data-testid="refused-submissions">
      {refused.map((submission) => (
        <RefusedEntry key={`${submission.list}|${submission.submissionId}`} submission={submission} outbox={outbox} />
      ))}
    </ul>
  );
}

function RefusedEntry({ submission, outbox }: { readonly submission: RefusedSubmission; readonly outbox: Outbox }): ReactNode {
  const styles = useStyles();
  const { t } = useI18n();
  const text = refusedSubmissionText(submission);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [confirming, setConfirming] = useState(false);
  const title = typeof submission.fields['Title'] === 'string' && submission.fields['Title'] !== '' ? submission.fields['Title'] : t('outbox.refused.untitled', { list: submission.list });
  const copy = useCallback(async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyState('copied');
    } catch {
      textArea.current?.focus();
      textArea.current?.select();
      setCopyState('failed');
    }
  }, [text]);
  return (
    <li>
      <Text weight="semibold">{t('outbox.refused.heading', { title })}</Text>
      <Field label={t('outbox.refused.text')}>
        <Textarea textarea={{ ref: textArea }} value={text} readOnly resize="vertical" rows={Math.min(8, Math.max(2, text.split('\n').length))} />
      </Field>
      <div className={styles.actions}>
        <Button onClick={() => void copy()}>{t('outbox.refused.copy')}</Button>
        {confirming ? (
          <>
            <Text role="alert">{t('outbox.refused.discardWarning')}</Text>
            <Button appearance="primary" onClick={() => void outbox.discard(submission.list, submission.submissionId)}>
              {t('outbox.refused.confirmDiscard')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('outbox.refused.cancel')}</Button>
          </>
        ) : (
          <Button onClick={() => setConfirming(true)}>{t('outbox.refused.discard')}</Button>
        )}
        {copyState !== 'idle' && <Text>{t(copyState === 'copied' ? 'outbox.refused.copied' : 'outbox.refused.copyFailed')}</Text>}
      </div>
    </li>
  );
}
