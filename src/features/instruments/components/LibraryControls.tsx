import { Button, Field, SearchBox } from '@fluentui/react-components';
import { FittingSelect } from '../../../components/FittingSelect';
import type { ReactNode } from 'react';
import { useI18n, type MessageKey } from '../../../i18n';
import type { FacetCounts, FacetTotals } from '../model/createInstrumentSearchIndex';
import { LIBRARY_FACET_NAMES, LIBRARY_FACETS, LIBRARY_SORTS, MAX_QUERY_LENGTH, type LibraryFacet, type LibrarySort, type LibraryViewState } from '../model/libraryViewState';
import { useInstrumentLibraryStyles } from './useInstrumentLibraryStyles.styles';

/** Props of {@link LibraryControls}. */
export interface LibraryControlsProps {
  readonly view: LibraryViewState;
  readonly counts: FacetCounts;
  /** Per facet: the results if that facet were set to "all". */
  readonly totals: FacetTotals;
  readonly onChange: (next: LibraryViewState) => void;
}

const OPTION_LABEL_PREFIX: { readonly [F in LibraryFacet]: string } = {
  theme: 'theme',
  step: 'processStep',
  type: 'instrumentType',
  audience: 'audience',
  lang: 'language',
};

function isSort(value: string): value is LibrarySort {
  return (LIBRARY_SORTS as readonly string[]).includes(value);
}

/**
 * Search box, one native select per facet (each option with its live count) and the
 * sort order. Native selects: every platform's keyboard and screen reader know them.
 */
export function LibraryControls({ view, counts, totals, onChange }: LibraryControlsProps): ReactNode {
  const styles = useInstrumentLibraryStyles();
  const { t } = useI18n();
  const filtered = view.q !== '' || LIBRARY_FACET_NAMES.some((facet) => view.filters[facet] !== undefined);

  const setFacet = (facet: LibraryFacet, value: string): void => {
    const filters: Record<string, string> = { ...view.filters };
    if (value === '') delete filters[facet];
    else filters[facet] = value;
    onChange({ ...view, filters });
  };

  return (
    <div role="search" className={styles.controls} aria-label={t('library.filters.label')}>
      <Field label={t('library.search.label')} className={styles.search}>
        <SearchBox
          value={view.q}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t('library.search.placeholder')}
          onChange={(_, data) => onChange({ ...view, q: data.value.slice(0, MAX_QUERY_LENGTH) })}
        />
      </Field>
      {LIBRARY_FACET_NAMES.map((facet) => {
        const facetCounts = counts[facet];
        const selected = view.filters[facet] ?? '';
        return (
          <Field key={facet} label={t(`library.filter.${facet}` as MessageKey)}>
            <FittingSelect value={selected} onChange={(_, data) => setFacet(facet, data.value)}>
              <option value="">{t('library.filter.all', { count: totals[facet] })}</option>
              {LIBRARY_FACETS[facet].map((option) => (
                <option key={option} value={option} disabled={(facetCounts[option] ?? 0) === 0 && option !== selected}>
                  {t('library.filter.option', { label: t(`${OPTION_LABEL_PREFIX[facet]}.${option}` as MessageKey), count: facetCounts[option] ?? 0 })}
                </option>
              ))}
            </FittingSelect>
          </Field>
        );
      })}
      <Field label={t('library.sort.label')}>
        <FittingSelect value={view.sort} onChange={(_, data) => (isSort(data.value) ? onChange({ ...view, sort: data.value }) : undefined)}>
          {LIBRARY_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`library.sort.${sort}`)}
            </option>
          ))}
        </FittingSelect>
      </Field>
      {filtered && (
        <div>
          <Button onClick={() => onChange({ q: '', filters: {}, sort: view.sort })}>{t('library.filter.clear')}</Button>
        </div>
      )}
    </div>
  );
}
