import { forwardRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeError, type ApiProblem } from '@community-hub/web-graphql';
import { MentionMarkdownField } from '@community-hub/web-notifications';
import { Button, ErrorAlert, sentence } from '@community-hub/web-ui';
import { replyToThreadMutation } from './forum.documents';
import { excerpt, type ThreadPost } from './post-item';

interface ReplyFormProps {
  threadId: string;
  /** The thread's network, or its consortium for a private workspace thread: who can be @mentioned. */
  spaceId: string;
  replyTo: ThreadPost | null;
  onCancelReplyTo(): void;
  onPosted(post: ThreadPost): void;
  onProblem?(problem: ApiProblem): void;
}

/** The reply box at the end of a thread; "Reply" on a post quotes it here. */
export const ReplyForm = forwardRef<HTMLTextAreaElement, ReplyFormProps>(function ReplyForm(
  { threadId, spaceId, replyTo, onCancelReplyTo, onPosted, onProblem },
  ref,
) {
  const [body, setBody] = useState('');
  const [empty, setEmpty] = useState(false);
  const [state, reply] = useMutation(replyToThreadMutation);
  const problem = describeError(state.error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    const result = await reply({ input: { threadId, body, replyToPostId: replyTo?.id ?? null } });
    const post = result.data?.replyToThread;
    if (post) {
      setBody('');
      onPosted(post);
    } else {
      const described = describeError(result.error);
      if (described) onProblem?.(described);
    }
  }

  return (
    <form className="stack reply-form" onSubmit={onSubmit} noValidate>
      <ErrorAlert>{problem?.message}</ErrorAlert>
      {replyTo ? (
        <div className="reply-quote">
          <blockquote className="post-quote">
            <p className="small">
              Replying to <a href={`#post-${replyTo.position}`}>{replyTo.author.name} (#{replyTo.position})</a>
            </p>
            <p className="post-quote-text">{excerpt(replyTo.body)}</p>
          </blockquote>
          <Button variant="quiet" size="small" onClick={onCancelReplyTo}>
            Cancel quote
          </Button>
        </div>
      ) : null}
      <MentionMarkdownField
        ref={ref}
        spaceId={spaceId}
        label="Your reply"
        value={body}
        onChange={setBody}
        error={empty ? 'Write a reply first.' : sentence(problem?.fields['body'])}
        rows={5}
      />
      <div className="actions">
        <Button type="submit" variant="primary" disabled={state.fetching}>
          Post reply
        </Button>
      </div>
    </form>
  );
});
