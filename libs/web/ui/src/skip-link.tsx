import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** The app shell's container for skip links (first in the page, before the header). */
export const SKIP_LINKS_ID = 'skip-links';

/**
 * A page's own skip link ("Skip to Start a discussion"), put beside the shell's "Skip to
 * content" at the very start of the page, so the page's main action is two key presses away.
 * `target` is the id of a focusable element (a button), which the browser focuses.
 */
export function SkipLink({ target, children }: { target: string; children: ReactNode }) {
  const [container, setContainer] = useState<HTMLElement | null>(null);
  useEffect(() => setContainer(document.getElementById(SKIP_LINKS_ID)), []);
  if (!container) return null;
  return createPortal(
    <a href={`#${target}`} className="skip-link">
      {children}
    </a>,
    container,
  );
}
