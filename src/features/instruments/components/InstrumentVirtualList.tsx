import { Badge, Link } from '@fluentui/react-components';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import type { Instrument } from '../../../lists/instrumentMapping';
import { INSTRUMENT_ROW_HEIGHT, useInstrumentLibraryStyles } from './useInstrumentLibraryStyles.styles';

/** Props of {@link InstrumentVirtualList}. */
export interface InstrumentVirtualListProps {
  readonly instruments: readonly Instrument[];
  /** How many the whole list holds, for `aria-setsize`, when `instruments` is only its start (the first screen). @default instruments.length */
  readonly setSize?: number;
  /** The URL that opens an instrument (so a row is a real link: middle-click, copy link). */
  readonly hrefFor: (instrument: Instrument) => string;
  readonly onOpen: (instrument: Instrument, scrollOffset: number) => void;
  /** Scroll position to start at (restored when coming back from the detail view). @default 0 */
  readonly initialOffset?: number;
  /** Id of an instrument whose row gets focus on mount (the one the user came back from). */
  readonly focusId?: string;
  /** Marks instruments published or changed since the user's previous visit. */
  readonly isNew?: (instrument: Instrument) => boolean;
}

/** The viewport assumed until the scroller has a size of its own. */
const FALLBACK_RECT = { width: 800, height: 720 };

/** Rows kept outside the visible window so fast scrolling shows no gaps. */
const OVERSCAN = 6;

/**
 * The instruments as a virtualised list: only the rows in view (plus a few) are in the
 * DOM, so 10,000 instruments scroll as smoothly as 50. Each row is a `listitem` with
 * `aria-setsize`/`aria-posinset`, so screen readers announce the true position. Tab
 * moves through the row links, the arrow keys, Home and End move between rows, Enter
 * opens.
 */
export function InstrumentVirtualList({ instruments, setSize, hrefFor, onOpen, initialOffset = 0, focusId, isNew }: InstrumentVirtualListProps): ReactNode {
  const styles = useInstrumentLibraryStyles();
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser's functions change identity each render; this component is not memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: instruments.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => INSTRUMENT_ROW_HEIGHT,
    overscan: OVERSCAN,
    initialOffset,
    // A scroller without layout (not yet laid out, or a DOM without layout) measures 0 and
    // would show no rows at all: show a common viewport's worth instead.
    initialRect: FALLBACK_RECT,
    observeElementRect: (instance, notify) => observeElementRect(instance, (rect) => notify(rect.height === 0 ? FALLBACK_RECT : rect)),
    getItemKey: (index) => instruments[index]?.id ?? index,
  });

  const focusRow = useCallback(
    (index: number) => {
      const target = Math.max(0, Math.min(instruments.length - 1, index));
      virtualizer.scrollToIndex(target, { align: 'auto' });
      // The row may only exist after the virtualiser re-renders for the new offset.
      const tryFocus = (attemptsLeft: number): void => {
        const link = scroller.current?.querySelector<HTMLAnchorElement>(`[data-index="${target}"] a`);
        if (link !== null && link !== undefined) link.focus();
        else if (attemptsLeft > 0) requestAnimationFrame(() => tryFocus(attemptsLeft - 1));
      };
      tryFocus(5);
    },
    [instruments.length, virtualizer],
  );

  useEffect(() => {
    if (focusId === undefined) return;
    const index = instruments.findIndex((instrument) => instrument.id === focusId);
    if (index >= 0) focusRow(index);
    // Only when coming back; later list changes must not steal focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (row === null) return;
    const index = Number(row.dataset['index']);
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? INSTRUMENT_ROW_HEIGHT) / INSTRUMENT_ROW_HEIGHT));
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: instruments.length - 1, PageDown: index + page, PageUp: index - page };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(next);
  };

  const open = (event: MouseEvent<HTMLAnchorElement>, instrument: Instrument): void => {
    // A modified click keeps the browser's meaning (new tab or window).
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(instrument, virtualizer.scrollOffset ?? 0);
  };

  return (
    <div ref={scroller} className={styles.scroller}>
      {/* The rows need absolute positions from the virtualiser: the one inline style. */}
      {/* Arrow keys bubble up from the row links; the list itself is not a control. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <ul className={styles.list} aria-label={t('instruments.listLabel')} onKeyDown={onKeyDown} style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map((row) => {
          const instrument = instruments[row.index];
          if (instrument === undefined) return null;
          return (
            <li
              key={row.key}
              data-index={row.index}
              aria-setsize={setSize ?? instruments.length}
              aria-posinset={row.index + 1}
              className={styles.row}
              lang={instrument.language}
              style={{ height: `${row.size}px`, transform: `translateY(${row.start}px)` }}
            >
              <h2 className={styles.title}>
                {/* Fluent's Link carries the theme's link colours (a bare <a> stays #0000ee, unreadable in dark). */}
                <Link href={hrefFor(instrument)} onClick={(event) => open(event, instrument)}>
                  {instrument.title}
                </Link>
                {isNew?.(instrument) === true && (
                  <>
                    {' '}
                    <Badge appearance="filled" color="informative">
                      {t('library.new')}
                    </Badge>
                  </>
                )}
              </h2>
              <p className={styles.meta}>
                {t('instruments.type')}: {t(`instrumentType.${instrument.type}`)} · {t(`language.${instrument.language}`)}
                {instrument.sourceOrganisation === undefined ? '' : ` · ${instrument.sourceOrganisation}`}
              </p>
              <p className={styles.summary}>{instrument.summary}</p>
              <div className={styles.badges}>
                <ul className={styles.badgeList} aria-label={t('instruments.themes')}>
                  {instrument.themes.map((theme) => (
                    <li key={theme}>
                      <Badge appearance="tint" color="brand">
                        {t(`theme.${theme}`)}
                      </Badge>
                    </li>
                  ))}
                </ul>
                <ul className={styles.badgeList} aria-label={t('library.processSteps')}>
                  {instrument.processSteps.map((step) => (
                    <li key={step}>
                      <Badge appearance="outline" color="informative">
                        {t(`processStep.${step}`)}
                      </Badge>
                    </li>
                  ))}
                </ul>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
