export { ThreadListPage, ThreadRow, THREADS_PAGE } from './thread-list-page';
export { ThreadPage, POSTS_PAGE } from './thread-page';
export { LatestDiscussions } from './latest-discussions';
export { NewThreadForm, type NewThreadFormProps } from './new-thread-form';
export { parseTags, canWrite, threadPath, threadsPath } from './forum-shared';
export * from './forum.documents';
