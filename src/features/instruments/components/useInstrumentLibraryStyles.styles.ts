import { makeStyles, tokens } from '@fluentui/react-components';

/** Row height of the virtual list, in CSS pixels: the virtualiser positions rows by it. */
export const INSTRUMENT_ROW_HEIGHT = 148;

/** Styles of the library page: tokens only, so every Teams theme (and high contrast) applies. */
export const useInstrumentLibraryStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  controls: {
    display: 'grid',
    // min(12rem, 100%): one column on a 320 px phone instead of a 12rem column that sticks out.
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(12rem, 100%), 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    // A select is as wide as its longest option unless its grid cell may shrink.
    '& > *': { minWidth: '0' },
  },
  search: { gridColumn: '1 / -1' },
  meta: { margin: '0', color: tokens.colorNeutralForeground2 },
  state: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  scroller: {
    height: 'min(70vh, 48rem)',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { position: 'relative', margin: '0', padding: '0', listStyleType: 'none', width: '100%' },
  row: {
    position: 'absolute',
    top: '0',
    left: '0',
    width: '100%',
    boxSizing: 'border-box',
    overflow: 'hidden',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-within': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  title: {
    margin: '0',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  summary: {
    margin: '0',
    overflow: 'hidden',
    display: '-webkit-box',
    WebkitLineClamp: '2',
    WebkitBoxOrient: 'vertical',
  },
  badges: { display: 'flex', flexWrap: 'nowrap', overflow: 'hidden', columnGap: tokens.spacingHorizontalS },
  badgeList: {
    display: 'flex',
    flexWrap: 'nowrap',
    gap: tokens.spacingHorizontalXS,
    listStyleType: 'none',
    margin: '0',
    padding: '0',
  },
});
