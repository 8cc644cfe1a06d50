import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles shared by the incident-learning screens. */
export const useIncidentStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '60rem' },
  heading: { margin: '0' },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  grow: { flexGrow: 1, minWidth: '14rem' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // A fieldset shrinks to a phone's width only with min-width 0 (its default is min-content).
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    margin: '0',
    minWidth: '0',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // A legend is as wide as its text and does not wrap a long word ("Cyberbeveiligingswet") by itself: at phone width it would stick out.
  legend: { maxWidth: '100%', overflowWrap: 'anywhere' },
  // Tabs and horizontal choices wrap on a phone instead of running off the right edge.
  wrap: { flexWrap: 'wrap' },
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  meta: { color: tokens.colorNeutralForeground2, margin: '0' },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  hit: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  preview: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: '0' },
  table: { borderCollapse: 'collapse', width: '100%' },
  cell: { textAlign: 'start', padding: tokens.spacingHorizontalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' },
});
