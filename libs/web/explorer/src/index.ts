// Import this module only through React.lazy, so GraphiQL stays out of the main bundle.
export { default } from './explorer-page';
