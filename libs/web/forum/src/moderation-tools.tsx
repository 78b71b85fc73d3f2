import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Button, ErrorAlert, sentence, TextField } from '@community-hub/web-ui';
import { lockThreadMutation, pinThreadMutation, retagThreadMutation } from './forum.documents';
import { parseTags, TAGS_MAX } from './forum-shared';

interface ModerationToolsProps {
  thread: { id: string; pinned: boolean; locked: boolean; tags: readonly string[] };
  /** Called after a change, to fetch the thread again (the document cache may be mid-refetch). */
  onChanged?(): void;
}

/** Asks why; null when the coordinator cancels. The reason goes to the moderation log. */
function askReason(action: string): string | null {
  return window.prompt(`Reason to ${action} (kept in the moderation log):`, '');
}

/** For coordinators (thread.canModerate): pin, lock and retag, each with a reason. */
export function ModerationTools({ thread, onChanged }: ModerationToolsProps) {
  const [pinning, pin] = useMutation(pinThreadMutation);
  const [locking, lock] = useMutation(lockThreadMutation);
  const [retagging, retag] = useMutation(retagThreadMutation);
  const [tagsText, setTagsText] = useState(thread.tags.join(', '));
  const [tagsError, setTagsError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const problem = describeError(pinning.error ?? locking.error ?? retagging.error);
  const busy = pinning.fetching || locking.fetching || retagging.fetching;

  function done(message: string) {
    setAnnouncement(message);
    onChanged?.();
  }

  async function onPin() {
    const value = !thread.pinned;
    const reason = askReason(value ? 'pin this thread' : 'unpin this thread');
    if (reason === null) return;
    const result = await pin({ input: { threadId: thread.id, value, reason } });
    if (!result.error) done(value ? 'Thread pinned.' : 'Thread unpinned.');
  }

  async function onLock() {
    const value = !thread.locked;
    const reason = askReason(value ? 'lock this thread' : 'unlock this thread');
    if (reason === null) return;
    const result = await lock({ input: { threadId: thread.id, value, reason } });
    if (!result.error) done(value ? 'Thread locked.' : 'Thread unlocked.');
  }

  async function onRetag(event: FormEvent) {
    event.preventDefault();
    const tags = parseTags(tagsText);
    if (tags.length > TAGS_MAX) {
      setTagsError(`Use at most ${TAGS_MAX} tags.`);
      return;
    }
    setTagsError(null);
    const reason = askReason('change the tags');
    if (reason === null) return;
    const result = await retag({ input: { threadId: thread.id, tags, reason } });
    if (!result.error) done('Tags changed.');
  }

  return (
    <section aria-labelledby="moderation-heading" className="panel stack moderation-tools">
      <h2 id="moderation-heading">Coordinator tools</h2>
      <ErrorAlert>{problem?.message}</ErrorAlert>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div className="actions">
        <Button variant="secondary" size="small" onClick={onPin} disabled={busy}>
          {thread.pinned ? 'Unpin' : 'Pin'}
        </Button>
        <Button variant="secondary" size="small" onClick={onLock} disabled={busy}>
          {thread.locked ? 'Unlock' : 'Lock'}
        </Button>
      </div>
      <form className="inline-form" onSubmit={onRetag} noValidate>
        <TextField
          label="Tags"
          hint={`Comma-separated, at most ${TAGS_MAX}.`}
          value={tagsText}
          onChange={(event) => setTagsText(event.target.value)}
          error={tagsError ?? sentence(retagging.error ? describeError(retagging.error)?.fields['tags'] : undefined)}
        />
        <Button type="submit" variant="secondary" size="small" disabled={busy}>
          Retag
        </Button>
      </form>
    </section>
  );
}
