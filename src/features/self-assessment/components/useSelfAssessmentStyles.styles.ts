import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles shared by the self-assessment screens. */
export const useSelfAssessmentStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '64rem' },
  heading: { margin: '0' },
  meta: { color: tokens.colorNeutralForeground2, margin: '0' },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, alignItems: 'flex-end' },
  grow: { flexGrow: 1, minWidth: '14rem' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    margin: '0',
    minWidth: '0',
    // A printed report keeps each question or result block on one page.
    '@media print': { breakInside: 'avoid' },
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: '0' },
  disagreement: { borderLeftWidth: tokens.strokeWidthThickest, borderLeftColor: tokens.colorPaletteRedBorder2 },
  themeNav: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { textAlign: 'start', padding: tokens.spacingHorizontalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' },
  number: { textAlign: 'end', padding: tokens.spacingHorizontalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, fontVariantNumeric: 'tabular-nums' },
  radar: { maxWidth: '26rem', width: '100%', height: 'auto' },
  radarGrid: { fill: 'none', stroke: tokens.colorNeutralStroke2, '@media (forced-colors: active)': { stroke: 'GrayText' } },
  radarCurrent: {
    fill: tokens.colorBrandBackground2,
    fillOpacity: 0.6,
    stroke: tokens.colorBrandForeground1,
    strokeWidth: 2,
    '@media (forced-colors: active)': { fill: 'none', stroke: 'Highlight' },
  },
  radarTarget: {
    fill: 'none',
    stroke: tokens.colorPaletteDarkOrangeForeground1,
    strokeWidth: 2,
    strokeDasharray: '6 4',
    '@media (forced-colors: active)': { stroke: 'CanvasText' },
  },
  radarLabel: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200, '@media (forced-colors: active)': { fill: 'CanvasText' } },
  legendCurrent: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  legendTarget: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  // Lessons are free text typed by people: keep their line breaks, wrap long words on a phone.
  lessonText: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: '0' },
  hideInPrint: { '@media print': { display: 'none' } },
});
