import { useEffect } from 'react';

export const SITE_NAME = 'Community Hub';

/** Sets the tab title; pass undefined while the page does not know its name yet. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${SITE_NAME}` : SITE_NAME;
  }, [title]);
}
