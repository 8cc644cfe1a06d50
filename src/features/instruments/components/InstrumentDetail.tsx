import type { InstrumentSharing } from '../model/InstrumentSharing';
import { ShareActions } from './ShareActions';
import { Button, Link, MessageBar, MessageBarBody, ToggleButton } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import { useI18n } from '../../../i18n';
import type { Instrument } from '../../../lists/instrumentMapping';
import { sanitiseInstrumentHtml } from '../model/sanitiseInstrumentHtml';
import { useInstrumentDetailStyles } from './useInstrumentDetailStyles.styles';

/** Props of {@link InstrumentDetail}. */
export interface InstrumentDetailProps {
  readonly instrument: Instrument;
  readonly related: readonly Instrument[];
  readonly hrefFor: (instrument: Instrument) => string;
  readonly onOpen: (instrument: Instrument) => void;
  readonly onBack: () => void;
  /** Share to Teams, copy link, post to channel; absent = no sharing offered. */
  readonly sharing?: InstrumentSharing | undefined;
  /** Whether this instrument is a favourite, and how to change that; absent = no favourites. */
  readonly favourite?: { readonly pressed: boolean; readonly toggle: () => void } | undefined;
  /** Shown where the favourite button would be when favourites are off for lack of consent. */
  readonly notice?: ReactNode;
}

/** An http(s) URL, or undefined for anything a new window could not open safely. */
function safeDocumentUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One instrument: title, metadata, the sanitised body, "open document" in a new window
 * and related instruments (same theme and step). Focus moves to the title on open so
 * keyboard and screen-reader users land on what they opened. Loaded lazily: DOMPurify
 * is only needed here.
 */
export function InstrumentDetail({ instrument, related, hrefFor, onOpen, onBack, sharing, favourite, notice }: InstrumentDetailProps): ReactNode {
  const styles = useInstrumentDetailStyles();
  const { t, locale } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useMemo(() => sanitiseInstrumentHtml(instrument.bodyHtml), [instrument.bodyHtml]);
  const documentUrl = instrument.documentUrl === undefined ? undefined : safeDocumentUrl(instrument.documentUrl.url);

  useEffect(() => heading.current?.focus(), [instrument.id]);

  const openRelated = (event: MouseEvent<HTMLAnchorElement>, target: Instrument): void => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(target);
  };

  const published = instrument.publishedOn === undefined ? undefined : new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(instrument.publishedOn));

  return (
    <article className={styles.root} lang={instrument.language} aria-labelledby="instrument-title">
      <div>
        <Button onClick={onBack}>{t('library.back')}</Button>
      </div>
      <h2 id="instrument-title" ref={heading} tabIndex={-1} className={styles.title}>
        {instrument.title}
      </h2>
      <p className={styles.summary}>{instrument.summary}</p>
      <dl className={styles.metadata}>
        <dt className={styles.term}>{t('instruments.type')}</dt>
        <dd className={styles.value}>{t(`instrumentType.${instrument.type}`)}</dd>
        <dt className={styles.term}>{t('instruments.themes')}</dt>
        <dd className={styles.value}>{instrument.themes.map((theme) => t(`theme.${theme}`)).join(', ')}</dd>
        {instrument.processSteps.length > 0 && (
          <>
            <dt className={styles.term}>{t('library.processSteps')}</dt>
            <dd className={styles.value}>{instrument.processSteps.map((step) => t(`processStep.${step}`)).join(', ')}</dd>
          </>
        )}
        {instrument.audience.length > 0 && (
          <>
            <dt className={styles.term}>{t('library.audience')}</dt>
            <dd className={styles.value}>{instrument.audience.map((audience) => t(`audience.${audience}`)).join(', ')}</dd>
          </>
        )}
        <dt className={styles.term}>{t('library.language')}</dt>
        <dd className={styles.value}>{t(`language.${instrument.language}`)}</dd>
        {instrument.sourceOrganisation !== undefined && (
          <>
            <dt className={styles.term}>{t('library.source')}</dt>
            <dd className={styles.value}>{instrument.sourceOrganisation}</dd>
          </>
        )}
        {published !== undefined && (
          <>
            <dt className={styles.term}>{t('library.published')}</dt>
            <dd className={styles.value}>{published}</dd>
          </>
        )}
      </dl>
      <div className={styles.actions}>
        {documentUrl !== undefined ? (
          <>
            <Link href={documentUrl} target="_blank" rel="noopener noreferrer" aria-describedby="open-document-hint">
              {t('library.openDocument')}
            </Link>
            <span id="open-document-hint" className={styles.hint}>
              {t('library.openDocument.hint')}
            </span>
          </>
        ) : (
          <MessageBar intent={instrument.documentUrl === undefined ? 'info' : 'warning'}>
            <MessageBarBody>{instrument.documentUrl === undefined ? t('library.noDocument') : t('library.documentBroken')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {notice}
      {favourite !== undefined && (
        <div>
          <ToggleButton checked={favourite.pressed} onClick={favourite.toggle} icon={<span aria-hidden="true">{favourite.pressed ? '★' : '☆'}</span>}>
            {t('library.favourites.toggle')}
          </ToggleButton>
        </div>
      )}
      {sharing !== undefined && <ShareActions instrument={instrument} sharing={sharing} />}
      {/* Sanitised by DOMPurify above: no scripts, handlers or javascript: URLs survive. */}
      <div className={styles.body} dangerouslySetInnerHTML={{ __html: body }} />
      <section aria-labelledby="related-title">
        <h3 id="related-title" className={styles.sectionTitle}>
          {t('library.related')}
        </h3>
        {related.length === 0 ? (
          <p className={styles.hint}>{t('library.noRelated')}</p>
        ) : (
          <ul className={styles.related}>
            {related.map((item) => (
              <li key={item.id} lang={item.language}>
                <Link href={hrefFor(item)} onClick={(event) => openRelated(event, item)}>
                  {item.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
