import { createContext, useContext, type ReactNode } from 'react';

const SiteOriginContext = createContext<string | null>(null);

/**
 * This site's origin ("https://hub.example.org") for what a page shows or links absolutely (a calendar
 * feed's address, which links in Markdown stay on the site): the browser's own, or the one the
 * server renders a page for, where there is no `window`.
 */
export function SiteOriginProvider({ origin, children }: { origin: string | undefined; children: ReactNode }) {
  return <SiteOriginContext.Provider value={origin ?? null}>{children}</SiteOriginContext.Provider>;
}

export function useSiteOrigin(): string {
  return useContext(SiteOriginContext) ?? window.location.origin;
}
