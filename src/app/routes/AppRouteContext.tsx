import { createContext, useContext, type ReactNode } from 'react';
import { LIBRARY_HOME, type ResolvedRoute } from './AppRoute';

const AppRouteContext = createContext<ResolvedRoute>({ route: LIBRARY_HOME });

/** Props of {@link AppRouteProvider}. */
export interface AppRouteProviderProps {
  readonly value: ResolvedRoute;
  readonly children: ReactNode;
}

/** Makes the route the tab was opened with available to the screens below. */
export function AppRouteProvider({ value, children }: AppRouteProviderProps): ReactNode {
  return <AppRouteContext.Provider value={value}>{children}</AppRouteContext.Provider>;
}

/** The route the tab was opened with (deep link or configured tab); the library home without a provider. */
export function useAppRoute(): ResolvedRoute {
  return useContext(AppRouteContext);
}
