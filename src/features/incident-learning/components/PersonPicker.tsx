import { Combobox, Field, Option } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { DirectoryClient, DirectoryPerson } from '../../../graph';
import { useI18n } from '../../../i18n';

/** Props of {@link PersonPicker}. */
export interface PersonPickerProps {
  readonly label: string;
  readonly directory: DirectoryClient;
  readonly value: DirectoryPerson | undefined;
  readonly onChange: (person: DirectoryPerson | undefined) => void;
}

/**
 * Picks a colleague from the directory (Graph `/users`, `startswith` on names and mail),
 * searching as the user types (after two letters, 250 ms after the last key).
 */
export function PersonPicker({ label, directory, value, onChange }: PersonPickerProps): ReactNode {
  const { t } = useI18n();
  const [text, setText] = useState(value?.displayName ?? '');
  const [people, setPeople] = useState<readonly DirectoryPerson[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (text.trim().length < 2 || text === value?.displayName) return undefined;
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
        .catch(() => {
          if (!cancelled) setFailed(true);
        });
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [directory, text, value]);

  return (
    <Field label={label} {...(failed ? { validationState: 'warning' as const, validationMessage: t('incident.person.searchFailed') } : { hint: t('incident.person.hint') })}>
      <Combobox
        freeform
        value={text}
        selectedOptions={value === undefined ? [] : [value.userPrincipalName]}
        onChange={(event) => {
          setText(event.target.value);
          if (value !== undefined) onChange(undefined);
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
  );
}
