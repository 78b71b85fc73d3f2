import { useState } from 'react';
import { useMutation } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { markAttendanceMutation } from './events.documents';

/**
 * The organiser's mark, per attendee, once the event has started: a checkbox
 * "attended" (counted in the network report). Unticking records "did not attend".
 */
export function AttendanceToggle({ eventId, userId, name, attended, onChanged }: { eventId: string; userId: string; name: string; attended: boolean | null; onChanged(): void }) {
  const [state, mark] = useMutation(markAttendanceMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [value, setValue] = useState(attended === true);
  async function toggle(next: boolean) {
    setProblem(null);
    setValue(next);
    const result = await mark({ eventId, userId, attended: next });
    if (result.error) {
      setValue(!next);
      setProblem(describeError(result.error)?.message ?? 'Could not save');
    } else onChanged();
  }
  return (
    <>
      <input
        type="checkbox"
        className="attendance-toggle"
        checked={value}
        disabled={state.fetching}
        onChange={(e) => toggle(e.target.checked)}
        aria-label={`${name} attended`}
      />
      {problem ? (
        <span role="alert" className="field-error">
          {problem}
        </span>
      ) : null}
    </>
  );
}
