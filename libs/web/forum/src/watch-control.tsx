import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { describeError, type WatchLevel } from '@community-hub/web-graphql';
import { SelectField } from '@community-hub/web-ui';
import { watchThreadMutation } from './forum.documents';
import { WATCH_LABELS } from './forum-shared';

/** The thread's notification level for the signed-in person. */
export function WatchControl({ threadId, level, onChanged }: { threadId: string; level: WatchLevel; onChanged(): void }) {
  const [state, watch] = useMutation(watchThreadMutation);
  const [saved, setSaved] = useState('');
  // The choice shows at once; the API's answer (refetched) agrees a moment later.
  const [value, setValue] = useState(level);
  useEffect(() => setValue(level), [level]);
  const problem = describeError(state.error);
  return (
    <div className="watch-control">
      <SelectField
        label="Notifications"
        hint="Watching: every reply. Normal: when someone replies to you. Muted: nothing."
        value={value}
        disabled={state.fetching}
        error={problem?.message}
        onChange={async (event) => {
          const next = event.target.value as WatchLevel;
          setValue(next);
          const result = await watch({ threadId, level: next });
          if (result.error) setValue(level);
          else {
            setSaved(`Notifications: ${WATCH_LABELS[next]}.`);
            onChanged();
          }
        }}
      >
        {(Object.keys(WATCH_LABELS) as WatchLevel[]).map((value) => (
          <option key={value} value={value}>
            {WATCH_LABELS[value]}
          </option>
        ))}
      </SelectField>
      <p className="visually-hidden" aria-live="polite">
        {saved}
      </p>
    </div>
  );
}
