import { isNewSince } from '../model/libraryPreferences';
import { useLibraryPreferences, type LibraryPreferencesStore } from '../api/useLibraryPreferences';
import type { InstrumentSharing } from '../model/InstrumentSharing';
import { Button, Checkbox, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FeatureConsentNotice } from '../../../components/FeatureConsentNotice';
import { useI18n } from '../../../i18n';
import type { Instrument } from '../../../lists/instrumentMapping';
import type { InstrumentLibrarySource } from '../api/createInstrumentLibrarySource';
import { loadErrorMessageKey } from '../api/loadErrorMessageKey';
import { useInstrumentLibrary } from '../api/useInstrumentLibrary';
import { createInstrumentSearchIndex, type FacetCounts, type FacetTotals, type LibrarySearchResult } from '../model/createInstrumentSearchIndex';
import { LIBRARY_FACET_NAMES, writeLibraryViewState, type LibraryViewState } from '../model/libraryViewState';
import { useLibraryViewState } from '../model/useLibraryViewState';
import { InstrumentVirtualList } from './InstrumentVirtualList';
import { LibraryControls } from './LibraryControls';
import { useInstrumentLibraryStyles } from './useInstrumentLibraryStyles.styles';
import { optionalEntry } from '../../../lists/optionalEntry';

/** How long one slice of building the text index may hold the main thread: short enough that a keystroke in between is answered without a noticeable wait. */
const TEXT_INDEX_SLICE_MS = 12;

// The detail view (and DOMPurify with it) loads only when someone opens an instrument.
const InstrumentDetail = lazy(() => import('./InstrumentDetail').then((module) => ({ default: module.InstrumentDetail })));

/** Props of {@link InstrumentLibraryPage}. */
export interface InstrumentLibraryPageProps {
  /** Cache and Graph access for the library (bound to the app's list client by the caller). */
  readonly source: InstrumentLibrarySource;
  /** Called once, after the first outcome (library, empty or error) has been painted. */
  readonly onFirstOutcome?: () => void;
  /**
   * The Teams `subPageId` of a deep link: the starting view when the tab URL holds none.
   * Same text as the query string (`q=dpia&theme=privacy`, `instrument=12`), or the app
   * route's `instrument:<id>` / `library:<query>`.
   */
  readonly subPageId?: string;
  /** Sharing of an instrument (from the app: host, deep links, Graph); absent = none offered. */
  readonly sharing?: InstrumentSharing;
  /** Where favourites and the last visit are kept (the user's OneDrive app folder); absent = no favourites. */
  readonly preferences?: LibraryPreferencesStore;
}

function withoutInstrument(view: LibraryViewState): LibraryViewState {
  return { q: view.q, filters: view.filters, sort: view.sort };
}

/**
 * The instrument library: search, filters with live counts, sort, a virtualised list and
 * the detail view, all kept in the URL. Shows the cached library at once and refreshes
 * it from Graph behind it.
 */
export function InstrumentLibraryPage({ source, onFirstOutcome, subPageId, sharing, preferences }: InstrumentLibraryPageProps): ReactNode {
  const styles = useInstrumentLibraryStyles();
  const { t } = useI18n();
  const { state, retry } = useInstrumentLibrary(source);
  const [view, setView] = useLibraryViewState(subPageId);
  // Where the list was when an instrument was opened: restored on the way back.
  const [listPosition, setListPosition] = useState<{ readonly offset: number; readonly focusId?: string }>({ offset: 0 });
  const reported = useRef(false);

  const snapshot = state.status === 'ready' ? state.snapshot : undefined;
  const index = useMemo(() => (snapshot === undefined ? undefined : createInstrumentSearchIndex(snapshot.instruments)), [snapshot]);
  const { q, filters, sort } = view;
  const searched = useMemo(() => index?.search({ q, filters, sort }), [index, q, filters, sort]);
  // Until the whole library is read, the stored first screen stands for the default view
  // (only that view); a search or filter chosen meanwhile waits for the library, controls kept.
  const firstScreen = state.status === 'preview' ? state.firstScreen : undefined;
  const preview = firstScreen !== undefined && isDefaultView(view) ? firstScreen : undefined;
  const waiting = firstScreen !== undefined && preview === undefined;
  const result: LibrarySearchResult | undefined =
    searched ?? (firstScreen === undefined ? undefined : { instruments: preview?.instruments ?? [], counts: firstScreen.counts as FacetCounts, totals: firstScreen.totals as FacetTotals });
  const size = index?.size ?? firstScreen?.total ?? 0;
  // The text index is built after the first rows are on screen, a slice per task, so typing stays responsive meanwhile.
  useEffect(() => {
    if (index === undefined) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = (): void => {
      if (!index.indexTextFor(TEXT_INDEX_SLICE_MS)) timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [index]);
  const prefs = useLibraryPreferences(preferences, state.status === 'ready' || state.status === 'error');
  const [onlyFavourites, setOnlyFavourites] = useState(false);
  const { previousVisitAt } = prefs;
  // Favourites without consent for their scope: said once, where the feature would be, with a way to try again.
  const favouritesNotice =
    preferences?.permission !== undefined && prefs.blocked ? <FeatureConsentNotice feature="favourites" permission={preferences.permission} onRetry={prefs.retry} /> : null;
  const isNew = useCallback((instrument: Instrument) => isNewSince(instrument, previousVisitAt), [previousVisitAt]);

  useEffect(() => {
    if (state.status === 'loading' || reported.current) return;
    // After the browser has painted the outcome, not merely rendered it. The flag is set
    // in the callback so that StrictMode's effect re-run does not swallow the report.
    const frame = requestAnimationFrame(() => {
      reported.current = true;
      onFirstOutcome?.();
    });
    return () => cancelAnimationFrame(frame);
  }, [state, onFirstOutcome]);

  const hrefFor = useCallback(
    (instrument: Instrument) => `${window.location.pathname}${writeLibraryViewState({ ...withoutInstrument(view), instrument: instrument.id }, window.location.search)}`,
    [view],
  );
  const openFromList = useCallback(
    (instrument: Instrument, offset: number) => {
      setListPosition({ offset, focusId: instrument.id });
      setView({ ...withoutInstrument(view), instrument: instrument.id });
    },
    [setView, view],
  );
  const openRelated = useCallback((instrument: Instrument) => setView({ ...withoutInstrument(view), instrument: instrument.id }), [setView, view]);
  const back = useCallback(() => setView(withoutInstrument(view)), [setView, view]);

  // A deep link to one instrument waits for the library: the first screen does not hold it.
  if (state.status === 'loading' || (firstScreen !== undefined && view.instrument !== undefined)) {
    return (
      <div role="status" className={styles.state}>
        <Spinner size="small" aria-hidden="true" />
        <Text>{t('instruments.loading')}</Text>
      </div>
    );
  }

  if (state.status === 'error') {
    return (
      <div className={styles.root}>
        <div role="alert">
          <MessageBar intent="error">
            <MessageBarBody>
              {t('instruments.error')} {t(loadErrorMessageKey(state.error))}
            </MessageBarBody>
          </MessageBar>
        </div>
        <div>
          <Button onClick={retry}>{t('instruments.retry')}</Button>
        </div>
      </div>
    );
  }

  if (result === undefined) return null;
  const skipped = state.status === 'ready' ? state.snapshot.skippedIds.length : 0;

  if (view.instrument !== undefined && index !== undefined && state.status === 'ready') {
    const instrument = index.byId(view.instrument);
    if (instrument === undefined) {
      return (
        <div className={styles.root}>
          <div>
            <Button onClick={back}>{t('library.back')}</Button>
          </div>
          {state.refreshing ? (
            <div role="status" className={styles.state}>
              <Spinner size="small" aria-hidden="true" />
              <Text>{t('library.detail.loading')}</Text>
            </div>
          ) : (
            <p role="status">{t('library.notFound')}</p>
          )}
        </div>
      );
    }
    return (
      <Suspense
        fallback={
          <div role="status" className={styles.state}>
            <Spinner size="small" aria-hidden="true" />
            <Text>{t('library.detail.loading')}</Text>
          </div>
        }
      >
        <InstrumentDetail instrument={instrument} related={index.related(instrument)} hrefFor={hrefFor} onOpen={openRelated}
          onBack={back}
          sharing={sharing}
          {...(preferences === undefined || prefs.blocked ? {} : { favourite: { pressed: prefs.favourites.has(instrument.id), toggle: () => prefs.toggleFavourite(instrument.id) } })}
          {...(favouritesNotice === null ? {} : { notice: favouritesNotice })}
        />
      </Suspense>
    );
  }

  const filtered = view.q.trim() !== '' || LIBRARY_FACET_NAMES.some((facet) => view.filters[facet] !== undefined);
  const shown = onlyFavourites && !prefs.blocked ? result.instruments.filter((instrument) => prefs.favourites.has(instrument.id)) : result.instruments;
  const count = shown.length;
  return (
    <div className={styles.root}>
      <LibraryControls view={view} counts={result.counts} totals={result.totals} onChange={setView} />
      {preferences !== undefined &&
        (favouritesNotice ?? (
          <Checkbox checked={onlyFavourites} label={t('library.favourites.only', { count: prefs.favourites.size })} onChange={(_, data) => setOnlyFavourites(data.checked === true)} />
        ))}
      <p role="status" className={styles.meta}>
        {waiting
          ? t('instruments.loading')
          : size === 0
          ? t('instruments.empty')
          : filtered
            ? t('library.results', { count, total: size })
            : t('instruments.count', { count: preview === undefined ? count : size })}
        {skipped > 0 ? ` ${t('library.notShown', { count: skipped })}` : ''}
      </p>
      {state.status === 'ready' && state.refreshError !== undefined && (
        <div className={styles.state}>
          <Text className={styles.meta}>{t('library.refreshFailed')}</Text>
          <Button size="small" onClick={retry}>
            {t('instruments.retry')}
          </Button>
        </div>
      )}
      {!waiting && size > 0 && count === 0 && <p className={styles.meta}>{t('library.noResults')}</p>}
      {count > 0 && (
        <>
          <p className={styles.meta}>{t('library.keyboardHint')}</p>
          <InstrumentVirtualList
            instruments={shown}
            setSize={preview === undefined ? shown.length : preview.total}
            isNew={isNew}
            hrefFor={hrefFor}
            onOpen={openFromList}
            initialOffset={listPosition.offset}
            {...optionalEntry('focusId', listPosition.focusId)}
          />
        </>
      )}
    </div>
  );
}

/** The view the stored first screen shows: no search, no filter, title order, no instrument open. */
function isDefaultView(view: LibraryViewState): boolean {
  return view.q.trim() === '' && LIBRARY_FACET_NAMES.every((facet) => view.filters[facet] === undefined) && (view.sort === 'relevance' || view.sort === 'title') && view.instrument === undefined;
}

