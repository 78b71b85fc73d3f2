export { useDocumentTitle, SITE_NAME } from './document-title';
export { useDebouncedValue } from './use-debounced-value';
export { Badge, EmptyState, ErrorAlert, LazyPage, ListPageState, Loading, type BadgeTone } from './feedback';
export { PlainText } from './plain-text';
export { ExternalLink, displayUrl, safeHttpUrl } from './external-link';
export { SelectField, TextAreaField, TextField, sentence } from './fields';
export { SiteOriginProvider, useSiteOrigin } from './site-origin';
export { MarkdownText, preloadMarkdown, safeMarkdownHref, safeMarkdownImageSrc, type MarkdownTextProps } from './markdown';
export { RelativeTime, formatFullDate, formatRelative } from './relative-time';
export { MarkdownField, type MarkdownFieldProps } from './markdown-field';
export { Button, ButtonLink, buttonClassName, type ButtonLinkProps, type ButtonProps, type ButtonSize, type ButtonVariant } from './button';
export {
  LoadMoreItem,
  NextPageItem,
  PAGE_SIZE,
  useFocusWhenLoaded,
  usePageCursors,
  type NextPageInfo,
  type PageChunk,
  type PageSource,
} from './paging';
export { SkipLink, SKIP_LINKS_ID } from './skip-link';
export { ConfirmDialog, type ConfirmDialogProps } from './confirm-dialog';
export { ModalDialog, type ModalDialogProps } from './modal-dialog';
