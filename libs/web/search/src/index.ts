export { HeaderSearch, SUGGESTION_DEBOUNCE_MS, SUGGESTION_COUNT } from './header-search';
export { Snippet, snippetParts, type SnippetPart } from './snippet';
export { KIND_ORDER, KIND_PLURALS, searchPagePath, type SearchFilters } from './search-shared';
export * from './search.documents';
export { searchRoutes } from './search-routes';
