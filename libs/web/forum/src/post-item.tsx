import { useState, type MouseEvent } from 'react';
import { plainTextFromMarkdown } from '@community-hub/shared-validation';
import { useMutation } from 'urql';
import { describeError, type PostFieldsFragment } from '@community-hub/web-graphql';
import { BlockedContent, ReportButton } from '@community-hub/web-moderation';
import { MentionMarkdownField } from '@community-hub/web-notifications';
import { Badge, Button, ErrorAlert, formatFullDate, MarkdownText, RelativeTime } from '@community-hub/web-ui';
import { deletePostMutation, editPostMutation } from './forum.documents';

export type ThreadPost = PostFieldsFragment;

export interface PostItemProps {
  post: ThreadPost;
  /** The network or consortium the thread is in: who an edit may @mention. */
  spaceId: string;
  myUserId: string | null;
  /** The viewer may reply (a member, and the thread is not locked). */
  canReply: boolean;
  /** The viewer coordinates this thread's network. */
  canModerate: boolean;
  locked: boolean;
  isNew: boolean;
  onReply(post: ThreadPost): void;
  /** A quote's link was followed; the page loads that post first when it is not shown. */
  onQuoteLink(position: number, event: MouseEvent<HTMLAnchorElement>): void;
  /** Called after an edit or removal, so the page fetches its posts again. */
  onChanged?(): void;
}

/**
 * The start of the quoted post as plain text, for the quote above a reply, with
 * its lines and list items kept apart (shown with white-space: pre-line).
 */
export function excerpt(body: string, length = 200, maxLines = 6): string {
  const lines = plainTextFromMarkdown(body, { lines: true })
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = lines.slice(0, maxLines).join('\n');
  if (text.length > length) return `${text.slice(0, length - 1).trimEnd()}…`;
  return lines.length > maxLines ? `${text}…` : text;
}

export function PostItem({ post, spaceId, myUserId, canReply, canModerate, locked, isNew, onReply, onQuoteLink, onChanged }: PostItemProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(post.body);
  const [editState, edit] = useMutation(editPostMutation);
  const [deleteState, remove] = useMutation(deletePostMutation);
  const problem = describeError(editState.error ?? deleteState.error);
  const mine = !!myUserId && post.author.id === myUserId;
  const headingId = `post-${post.position}-heading`;

  async function onSave() {
    const result = await edit({ input: { postId: post.id, body: draft } });
    if (!result.error) {
      setEditing(false);
      onChanged?.();
    }
  }

  async function onDelete() {
    if (!window.confirm('Delete your post? It will show as “Post removed”.')) return;
    const result = await remove({ postId: post.id });
    if (!result.error) onChanged?.();
  }

  async function onRemove() {
    const reason = window.prompt(`Why are you removing this post by ${post.author.name}? The reason is kept in the moderation log.`);
    if (reason === null) return;
    const result = await remove({ postId: post.id, reason });
    if (!result.error) onChanged?.();
  }

  return (
    <li className="post-item">
      <article id={`post-${post.position}`} className={isNew ? 'post post-new' : 'post'} tabIndex={-1} aria-labelledby={headingId}>
        <header className="post-header">
          <h3 id={headingId} className="post-author">
            {post.author.name}
            <span className="visually-hidden">, post {post.position}</span>
          </h3>
          <p className="post-meta muted small">
            <a href={`#post-${post.position}`} aria-label={`Link to post ${post.position}`}>
              #{post.position}
            </a>
            <span aria-hidden="true"> · </span>
            <RelativeTime iso={post.createdAt} />
            {post.editedAt && !post.deleted ? (
              <>
                <span aria-hidden="true"> · </span>
                <span className="post-edited" title={`Edited ${formatFullDate(post.editedAt)}`}>
                  edited
                </span>
              </>
            ) : null}
          </p>
          {isNew ? <Badge tone="success">New</Badge> : null}
        </header>
        {post.replyTo && !post.deleted ? (
          <blockquote className="post-quote">
            <p className="small">
              In reply to{' '}
              <a href={`#post-${post.replyTo.position}`} onClick={(event) => onQuoteLink(post.replyTo!.position, event)}>
                {post.replyTo.author.name} (#{post.replyTo.position})
              </a>
            </p>
            <p className="post-quote-text">{post.replyTo.deleted ? 'Post removed' : excerpt(post.replyTo.body)}</p>
          </blockquote>
        ) : null}
        <ErrorAlert>{problem?.message}</ErrorAlert>
        {post.deleted ? (
          <p className="post-removed">Post removed</p>
        ) : editing ? (
          <div className="stack">
            <MentionMarkdownField spaceId={spaceId} label="Edit your post" value={draft} onChange={setDraft} autoFocus />
            <div className="actions">
              <Button variant="primary" size="small" onClick={onSave} disabled={editState.fetching || !draft.trim()}>
                Save
              </Button>
              <Button
                variant="secondary" size="small"
                onClick={() => {
                  setEditing(false);
                  setDraft(post.body);
                }}
              >
                Cancel
              </Button>
            </div>
          </div>
        ) : (
          <BlockedContent blocked={post.authorBlocked}>
            <MarkdownText source={post.body} className="post-body" />
          </BlockedContent>
        )}
        {!post.deleted && !editing ? (
          <div className="post-actions">
            {canReply ? (
              <Button
                variant="quiet" size="small"
                aria-label={`Reply to ${post.author.name} (post ${post.position})`}
                onClick={() => onReply(post)}
              >
                Reply
              </Button>
            ) : null}
            {mine && !locked ? (
              <Button
                variant="quiet" size="small"
                aria-label={`Edit post ${post.position}`}
                onClick={() => {
                  setDraft(post.body);
                  setEditing(true);
                }}
              >
                Edit
              </Button>
            ) : null}
            {mine ? (
              <Button
                variant="danger" size="small"
                aria-label={`Delete post ${post.position}`}
                onClick={onDelete}
                disabled={deleteState.fetching}
              >
                Delete
              </Button>
            ) : null}
            {myUserId && !mine ? <ReportButton kind="POST" id={post.id} subject={`post ${post.position} by ${post.author.name}`} /> : null}
            {canModerate && !mine ? (
              <Button
                variant="danger" size="small"
                aria-label={`Remove post ${post.position} by ${post.author.name}`}
                onClick={onRemove}
                disabled={deleteState.fetching}
              >
                Remove
              </Button>
            ) : null}
          </div>
        ) : null}
      </article>
    </li>
  );
}
