import { SearchCandidates1795335874116 } from './1795335874116-search-candidates';
import { Notifications1795334143380 } from './1795334143380-notifications';
import { Search1795333400000 } from './1795333400000-search';
import { Events1795333037352 } from './1795333037352-events';
import { Consortia1795332837845 } from './1795332837845-consortia';
import { DocumentText1795332758881 } from './1795332758881-document-text';
import { DocumentDetails1795330328330 } from './1795330328330-document-details';
import { Library1795328862216 } from './1795328862216-library';
import { Forum1795326642724 } from './1795326642724-forum';
import { Initial1795324433734 } from './1795324433734-initial';
/** Every migration, oldest first. New ones are appended by `npm run migration:generate -- <Name>`. */
export const MIGRATIONS: (new () => unknown)[] = [Initial1795324433734, Forum1795326642724, Library1795328862216, DocumentDetails1795330328330, DocumentText1795332758881, Consortia1795332837845, Events1795333037352, Search1795333400000, Notifications1795334143380, SearchCandidates1795335874116];
