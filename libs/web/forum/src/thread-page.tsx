import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { signInPath, useSession } from '@community-hub/web-accounts';
import { describeError } from '@community-hub/web-graphql';
import { Badge, Button, ErrorAlert, Loading, MarkdownText, RelativeTime, useDocumentTitle, preloadMarkdown } from '@community-hub/web-ui';
import { threadQuery } from './forum.documents';
import { canWrite, plural, TagList, ThreadBadges, threadsPath } from './forum-shared';
import { ReportButton } from '@community-hub/web-moderation';
import { ModerationTools } from './moderation-tools';
import { PostItem, type ThreadPost } from './post-item';
import { ReplyForm } from './reply-form';
import { PostsSegment, useThreadPosts, type ThreadDetails } from './use-thread-posts';
import { WatchControl } from './watch-control';

/** /n/:slug/t/:threadId */
export function ThreadPage() {
  // The text is Markdown: its renderer loads while the data does.
  preloadMarkdown();
  const { threadId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: threadQuery, variables: { id: threadId } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const thread = data?.thread ?? null;
  if (fetching && !data) return <Loading label="Loading discussion…" />;
  if (!thread) return <ThreadNotFound message={describeError(error)?.message} />;
  return <ThreadView key={thread.id} thread={thread} refresh={refresh} />;
}

function ThreadNotFound({ message }: { message?: string }) {
  const heading = message ? 'We could not load this discussion' : 'Discussion not found';
  useDocumentTitle(heading);
  const { slug = '' } = useParams();
  return (
    <div className="stack">
      <h1>{heading}</h1>
      <ErrorAlert>{message}</ErrorAlert>
      {message ? null : <p>It may have been removed, or it is in a private network you are not a member of.</p>}
      <p>
        <Link to={threadsPath(slug)}>See the network’s discussions</Link>
      </p>
    </div>
  );
}

function ThreadView({ thread, refresh }: { thread: ThreadDetails; refresh(): void }) {
  const { user } = useSession();
  const location = useLocation();
  const myUserId = user?.id ?? null;
  const slug = thread.network.slug;
  const spaceId = thread.consortium?.id ?? thread.network.id;
  useDocumentTitle(`${thread.title} · ${thread.network.name}`);
  const posts = useThreadPosts(thread, { hash: location.hash, myUserId });
  const [replyTo, setReplyTo] = useState<ThreadPost | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const replyRef = useRef<HTMLTextAreaElement>(null);

  const writer = canWrite(thread.network.myMembership, user);
  const canReply = writer && !thread.locked;

  function onReplyTo(post: ThreadPost) {
    setReplyTo(post);
    replyRef.current?.focus();
  }

  // After "Post reply" the focus goes to the new post (not back to the page), once it is on screen.
  const [focusPosition, setFocusPosition] = useState<number | null>(null);
  useEffect(() => {
    if (focusPosition === null) return;
    const article = document.getElementById(`post-${focusPosition}`);
    if (!article) return;
    article.focus();
    setFocusPosition(null);
  });

  function onPosted(post: ThreadPost) {
    setReplyTo(null);
    if (post.holdStatus === 'PENDING') {
      // Held for a coordinator (a newcomer's first posts, where the network asks): listed below the thread, for its author only.
      setAnnouncement("Your reply is waiting for a coordinator's approval.");
      refresh();
      return;
    }
    posts.addOwnPost(post);
    setAnnouncement('Your reply was posted.');
    setFocusPosition(post.position);
  }

  const postItem = (post: ThreadPost, isNew: boolean) => (
    <PostItem
      key={post.id}
      post={post}
      spaceId={spaceId}
      myUserId={myUserId}
      canReply={canReply}
      canModerate={thread.canModerate}
      locked={thread.locked}
      isNew={isNew}
      onReply={onReplyTo}
      onQuoteLink={posts.onQuoteLink}
      onChanged={posts.reloadPosts}
    />
  );

  return (
    <div className="stack-large thread-page">
      {posts.segments.map((segment) => (
        <PostsSegment key={segment.key} segmentKey={segment.key} variables={segment.variables} version={posts.postsVersion} onResult={posts.onResult} />
      ))}
      <ThreadHeading thread={thread} />
      {thread.holdStatus === 'PENDING' ? (
        <p className="held-note" role="note">
          <strong>Waiting for a coordinator's approval.</strong> Until then only you and the network's coordinators can see this thread.
        </p>
      ) : thread.holdStatus === 'REJECTED' ? (
        <p className="held-note" role="note">
          <strong>Not approved.</strong> A coordinator did not approve this thread: only you and the network's coordinators can see it.
        </p>
      ) : null}

      {user || thread.canModerate ? (
        <div className="thread-tools">
          {user ? <WatchControl threadId={thread.id} level={thread.myWatchLevel} onChanged={refresh} /> : null}
          {user && user.id !== thread.author.id ? <ReportButton kind="THREAD" id={thread.id} subject={`the thread ${thread.title}`} /> : null}
          {thread.canModerate && !thread.consortium ? <Link to={`/n/${thread.network.slug}/moderation`}>Moderation queue</Link> : null}
          {thread.canModerate ? (
            <ModerationTools
              thread={thread}
              onChanged={() => {
                refresh();
                posts.reloadPosts();
              }}
            />
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="posts-heading" className="stack">
        <h2 id="posts-heading" className="visually-hidden">
          Posts
        </h2>
        {posts.earlierCount > 0 && posts.firstMain?.page ? (
          <p>
            <Button variant="secondary" size="small" onClick={posts.showEarlier}>
              Show earlier posts
            </Button>{' '}
            <span className="muted small">{plural(posts.earlierCount, 'earlier post')}</span>
          </p>
        ) : null}
        {!posts.firstMain || (posts.firstMain.fetching && !posts.firstMain.page) ? <Loading label="Loading posts…" /> : null}
        <ErrorAlert>{describeError(posts.firstMain?.error)?.message}</ErrorAlert>
        <ol className="post-list" aria-labelledby="posts-heading">
          {/* One keyed list: a post that moves from the later ones to the loaded pages (one's own reply,
              once its page is fetched) stays the same element, and keeps the focus. */}
          {[
            ...posts.mainPosts.map((post) => postItem(post, posts.isNew(post))),
            posts.hasLater ? (
              <li key="load-more" className="load-more">
                <Button variant="secondary" onClick={posts.showLater}>
                  Show later posts
                </Button>
              </li>
            ) : null,
            ...posts.laterPosts.map((post) => postItem(post, post.author.id !== myUserId)),
          ]}
        </ol>
        <div role="status" aria-live="polite" className="live-marker live-marker-sticky">
          {posts.pending.length ? (
            <Button variant="primary" size="small" onClick={posts.reveal}>
              {plural(posts.pending.length, 'new reply', 'new replies')}
            </Button>
          ) : null}
        </div>
      </section>

      {thread.pendingReplies?.length ? <PendingReplies posts={thread.pendingReplies} myUserId={myUserId} /> : null}

      <section aria-labelledby="reply-heading" className="stack reply-section">
        <h2 id="reply-heading">Reply</h2>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
        {thread.locked ? (
          <p className="locked-note">This thread is locked.</p>
        ) : canReply ? (
          <ReplyForm
            ref={replyRef}
            threadId={thread.id}
            spaceId={spaceId}
            replyTo={replyTo}
            onCancelReplyTo={() => setReplyTo(null)}
            onPosted={onPosted}
            onProblem={(problem) => {
              if (problem.code === 'FORBIDDEN') refresh();
            }}
          />
        ) : user ? (
          <p className="hint">
            Only members can reply. <Link to={`/n/${slug}`}>Join {thread.network.name}</Link> to take part.
          </p>
        ) : (
          <p className="hint">
            <Link to={signInPath(location.pathname)}>Sign in</Link> to reply.
          </p>
        )}
      </section>
    </div>
  );
}

/** Held replies: the viewer's own (or, for coordinators, everyone's), each waiting for approval; seen by nobody else. */
function PendingReplies({ posts, myUserId }: { posts: ThreadPost[]; myUserId: string | null }) {
  return (
    <section aria-labelledby="pending-heading" className="stack">
      <h2 id="pending-heading">Waiting for approval</h2>
      <ul className="post-list">
        {posts.map((post) => (
          <li key={post.id} className="post held-post stack-small">
            <p className="muted small">
              {post.author.id === myUserId ? 'Your reply' : `Reply by ${post.author.name}`} <RelativeTime iso={post.createdAt} />
              <span aria-hidden="true"> · </span>
              <Badge tone="warning">Waiting for a coordinator's approval</Badge>
            </p>
            <MarkdownText source={post.body} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Breadcrumb, title, badges, tags and who started it. */
function ThreadHeading({ thread }: { thread: ThreadDetails }) {
  const slug = thread.network.slug;
  return (
    <div className="page-heading stack-small">
      <nav aria-label="Breadcrumb" className="eyebrow">
        <Link to="/">Networks</Link> <span aria-hidden="true">›</span> <Link to={`/n/${slug}`}>{thread.network.name}</Link>{' '}
        <span aria-hidden="true">›</span>{' '}
        {thread.consortium ? (
          // A thread in a consortium's private workspace belongs with the consortium.
          <Link to={`/n/${slug}/c/${thread.consortium.id}/threads`}>{thread.consortium.name}</Link>
        ) : (
          <Link to={threadsPath(slug)}>Discussions</Link>
        )}
      </nav>
      <h1>{thread.title}</h1>
      {thread.consortium ? (
        <p className="badges">
          <Badge tone="neutral">Private</Badge> <span className="muted small">Only {thread.consortium.name}'s partners can read this.</span>
        </p>
      ) : null}
      <ThreadBadges thread={thread} />
      <TagList slug={slug} tags={thread.tags} />
      <p className="muted">
        Started by {thread.author.name} <RelativeTime iso={thread.createdAt} />
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, </span>
        {plural(thread.postCount, 'post')}
      </p>
    </div>
  );
}
