import { useState, type MouseEvent } from 'react';
import { useMutation } from 'urql';
import { describeError, type PostFieldsFragment } from '@community-hub/web-graphql';
import { MentionMarkdownField } from '@community-hub/web-notifications';
import { Badge, ErrorAlert, MarkdownText, RelativeTime, formatFullDate } from '@community-hub/web-ui';
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

/** "First line of the quoted post…" as plain text, for the quote above a reply. */
export function excerpt(body: string, length = 160): string {
  const text = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]*(#{1,6}|>|[-*+]|\d+\.)[ \t]+/gm, '')
    .replace(/[*_~`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
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
              <button type="button" className="button button-primary button-small" onClick={onSave} disabled={editState.fetching || !draft.trim()}>
                Save
              </button>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => {
                  setEditing(false);
                  setDraft(post.body);
                }}
              >
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <MarkdownText source={post.body} className="post-body" />
        )}
        {!post.deleted && !editing ? (
          <div className="post-actions">
            {canReply ? (
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={`Reply to ${post.author.name} (post ${post.position})`}
                onClick={() => onReply(post)}
              >
                Reply
              </button>
            ) : null}
            {mine && !locked ? (
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={`Edit post ${post.position}`}
                onClick={() => {
                  setDraft(post.body);
                  setEditing(true);
                }}
              >
                Edit
              </button>
            ) : null}
            {mine ? (
              <button
                type="button"
                className="button button-danger button-small"
                aria-label={`Delete post ${post.position}`}
                onClick={onDelete}
                disabled={deleteState.fetching}
              >
                Delete
              </button>
            ) : null}
            {canModerate && !mine ? (
              <button
                type="button"
                className="button button-danger button-small"
                aria-label={`Remove post ${post.position} by ${post.author.name}`}
                onClick={onRemove}
                disabled={deleteState.fetching}
              >
                Remove
              </button>
            ) : null}
          </div>
        ) : null}
      </article>
    </li>
  );
}
