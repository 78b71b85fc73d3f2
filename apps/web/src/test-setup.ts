import { preloadMarkdown } from '@community-hub/web-ui';

// The Markdown renderer loads lazily in the browser; loaded here once, screens render it at once, as
// a page does once its chunk has arrived (the pending state is tested in libs/web/ui/src/markdown.spec.tsx).
await preloadMarkdown();
