import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { HostThemeName } from '../teams';

/** The Fluent theme matching a Teams theme. */
export function fluentThemeFor(theme: HostThemeName): Theme {
  switch (theme) {
    case 'dark':
      return teamsDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
    case 'default':
      return teamsLightTheme;
  }
}
