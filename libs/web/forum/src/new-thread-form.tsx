import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { MentionMarkdownField } from '@community-hub/web-notifications';
import { Button, ErrorAlert, sentence, TextField } from '@community-hub/web-ui';
import { createThreadMutation } from './forum.documents';
import { parseTags, TAGS_MAX, threadPath } from './forum-shared';

interface FieldErrors {
  title?: string;
  body?: string;
  tags?: string;
}

export interface NewThreadFormProps {
  /** The network's forum, or… */
  networkId?: string;
  /** …a consortium's private workspace instead. */
  consortiumId?: string;
  slug: string;
  onCancel(): void;
}

/** "Start a discussion": title, Markdown message, up to five tags. Opens the new thread when posted. */
export function NewThreadForm({ networkId, consortiumId, slug, onCancel }: NewThreadFormProps) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [tagsText, setTagsText] = useState('');
  const [checked, setChecked] = useState<FieldErrors>({});
  const [state, create] = useMutation(createThreadMutation);
  // The work is in the form: when it opens, the focus goes to its first box.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input')?.focus(), []);
  const problem = describeError(state.error);
  const errors: FieldErrors = {
    title: checked.title ?? sentence(problem?.fields['title']),
    body: checked.body ?? sentence(problem?.fields['body']),
    tags: checked.tags ?? sentence(problem?.fields['tags']),
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const tags = parseTags(tagsText);
    const found: FieldErrors = {
      title: title.trim() ? undefined : 'Enter a title.',
      body: body.trim() ? undefined : 'Write a message.',
      tags: tags.length > TAGS_MAX ? `Use at most ${TAGS_MAX} tags.` : undefined,
    };
    setChecked(found);
    if (found.title || found.body || found.tags) return;
    const space = consortiumId ? { consortiumId } : { networkId };
    const result = await create({ input: { ...space, title: title.trim(), body, tags } });
    const thread = result.data?.createThread;
    if (thread) navigate(threadPath(slug, thread.id));
  }

  return (
    <form ref={form} id="new-thread" className="panel stack" onSubmit={onSubmit} noValidate aria-labelledby="new-thread-heading">
      <h3 id="new-thread-heading">Start a discussion</h3>
      <ErrorAlert>{problem?.message}</ErrorAlert>
      <TextField label="Title" value={title} onChange={(event) => setTitle(event.target.value)} error={errors.title} maxLength={200} required />
      <MentionMarkdownField spaceId={consortiumId ?? networkId} label="Message" value={body} onChange={setBody} error={errors.body} rows={8} required />
      <TextField
        label="Tags"
        hint={`Separate tags with commas, at most ${TAGS_MAX}. For example: events, volunteering`}
        value={tagsText}
        onChange={(event) => setTagsText(event.target.value)}
        error={errors.tags}
      />
      <div className="actions">
        <Button type="submit" variant="primary" disabled={state.fetching}>
          Post discussion
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
