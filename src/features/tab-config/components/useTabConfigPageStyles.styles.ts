import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of {@link TabConfigPage}: tokens only, so every Teams theme (and forced colours) applies. */
export const useTabConfigPageStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    maxWidth: '40rem',
  },
  heading: { margin: '0' },
  intro: { margin: '0', color: tokens.colorNeutralForeground2 },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
});
