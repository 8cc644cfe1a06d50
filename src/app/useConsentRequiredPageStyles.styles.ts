import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of ConsentRequiredPage. */
export const useConsentRequiredPageStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '48rem' },
  heading: { margin: '0' },
  paragraph: { margin: '0' },
  scopes: { margin: '0', paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  scope: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: '0', color: tokens.colorNeutralForeground2 },
});
