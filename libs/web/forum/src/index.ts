import './forum.css';

export { ThreadList, ThreadRow, THREADS_PAGE, type ThreadListProps, type ThreadPageSource } from './thread-list';
export { POSTS_PAGE } from './use-thread-posts';
export { LatestDiscussions } from './latest-discussions';
export { NewThreadForm, type NewThreadFormProps } from './new-thread-form';
export { parseTags, canWrite, threadPath, threadsPath } from './forum-shared';
export * from './forum.documents';
export { forumRoutes, forumTabRoutes } from './forum-routes';
