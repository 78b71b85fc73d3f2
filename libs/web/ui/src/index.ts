export { useDocumentTitle, SITE_NAME } from './document-title';
export { useDebouncedValue } from './use-debounced-value';
export { Badge, EmptyState, ErrorAlert, ListPageState, Loading, type BadgeTone } from './feedback';
export { PlainText } from './plain-text';
export { ExternalLink, displayUrl, safeHttpUrl } from './external-link';
export { SelectField, TextAreaField, TextField, sentence } from './fields';
export { MarkdownText, safeMarkdownHref, safeMarkdownImageSrc, type MarkdownTextProps } from './markdown';
export { RelativeTime, formatFullDate, formatRelative } from './relative-time';
export { MarkdownField, type MarkdownFieldProps } from './markdown-field';
