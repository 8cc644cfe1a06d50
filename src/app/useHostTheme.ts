import { useEffect, useState } from 'react';
import type { HostThemeName, TeamsHost } from '../teams';

/** The host's current theme: starts from the context and follows live theme changes. */
export function useHostTheme(host: TeamsHost, initial: HostThemeName): HostThemeName {
  const [theme, setTheme] = useState(initial);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return theme;
}
