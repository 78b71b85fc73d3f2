import { useEffect } from 'react';

export const SITE_NAME = 'Community Hub';

/**
 * Sets the tab title; pass undefined while the page does not know its name yet, and null
 * from a part of a page that must leave the page's own title alone.
 */
export function useDocumentTitle(title: string | undefined | null): void {
  useEffect(() => {
    if (title === null) return;
    document.title = title ? `${title} · ${SITE_NAME}` : SITE_NAME;
  }, [title]);
}
