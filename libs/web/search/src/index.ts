export { HeaderSearch, SUGGESTION_DEBOUNCE_MS, SUGGESTION_COUNT } from './header-search';
export { SearchPage, SEARCH_PAGE_SIZE } from './search-page';
export { Snippet, snippetParts, type SnippetPart } from './snippet';
export { KIND_ORDER, KIND_PLURALS, searchPagePath, type SearchFilters } from './search-shared';
export * from './search.documents';
