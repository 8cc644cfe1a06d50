import { Combobox, Field, Option } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { isConsentMissing } from '../../../auth/isConsentMissing';
import { FeatureConsentNotice } from '../../../components/FeatureConsentNotice';
import type { FeaturePermission } from '../../../config/FeaturePermission';
import type { DirectoryClient, DirectoryPerson } from '../../../graph';
import { useI18n } from '../../../i18n';

/** Props of {@link PersonPicker}. */
export interface PersonPickerProps {
  readonly label: string;
  /** Absent when looking people up is off: the name is typed. */
  readonly directory?: DirectoryClient | undefined;
  /** What the directory needs, to explain a missing consent. */
  readonly permission?: FeaturePermission | undefined;
  readonly value: DirectoryPerson | undefined;
  readonly onChange: (person: DirectoryPerson | undefined) => void;
}

/**
 * Picks a colleague from the directory (Graph `/users`, `startswith` on names and mail),
 * searching as the user types (after two letters, 250 ms after the last key).
 */
export function PersonPicker({ label, directory, permission, value, onChange }: PersonPickerProps): ReactNode {
  const { t } = useI18n();
  const [text, setText] = useState(value?.displayName ?? '');
  const [people, setPeople] = useState<readonly DirectoryPerson[]>([]);
  const [failed, setFailed] = useState<false | 'failed' | 'consentRequired'>(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (directory === undefined || text.trim().length < 2 || text === value?.displayName) return undefined;
    let cancelled = false;
    const timer = setTimeout(() => {
      directory
        .searchPeople(text)
        .then((found) => {
          if (!cancelled) {
            setPeople(found);
            setFailed(false);
          }
        })
        .catch((error: unknown) => {
          if (!cancelled) setFailed(isConsentMissing(error) ? 'consentRequired' : 'failed');
        });
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [directory, text, value, attempt]);

  return (
    <>
    <Field
      label={label}
      {...(failed === 'failed' ? { validationState: 'warning' as const, validationMessage: t('incident.person.searchFailed') } : { hint: t(directory === undefined ? 'incident.person.typeName' : 'incident.person.hint') })}
    >
      <Combobox
        freeform
        value={text}
        selectedOptions={value === undefined ? [] : [value.userPrincipalName]}
        onChange={(event) => {
          const typed = event.target.value;
          setText(typed);
          // Without the directory the typed name is the owner (no account to notify).
          if (directory === undefined) onChange(typed.trim() === '' ? undefined : { displayName: typed.trim(), userPrincipalName: '' });
          else if (value !== undefined) onChange(undefined);
        }}
        onOptionSelect={(_, data) => {
          const person = people.find((candidate) => candidate.userPrincipalName === data.optionValue);
          onChange(person);
          if (person !== undefined) setText(person.displayName);
        }}
      >
        {people.map((person) => (
          <Option key={person.userPrincipalName} value={person.userPrincipalName} text={person.displayName}>
            {person.jobTitle === undefined ? person.displayName : `${person.displayName} (${person.jobTitle})`}
          </Option>
        ))}
      </Combobox>
    </Field>
    {failed === 'consentRequired' && permission !== undefined && <FeatureConsentNotice feature="people" permission={permission} onRetry={() => setAttempt((count) => count + 1)} />}
    </>
  );
}
