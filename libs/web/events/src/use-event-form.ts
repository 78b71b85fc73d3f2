import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { describeError, type EventScope } from '@community-hub/web-graphql';
import { createEventMutation, updateEventMutation } from './events.documents';
import { eventPath, type EventDetails } from './events-shared';
import type { EventPageState } from './event-page';
import { apiFieldErrors, check, createInput, initialValues, stripEmpty, updateInput, type FieldErrors, type FormValues } from './event-form-values';
import type { RepeatKind } from './recurrence';

/**
 * The event form's state: its values (a new event, or the one being edited), the
 * repeat rule or the scope of an edit, the errors (checked here, then the API's),
 * and saving, which opens the event's page with a message.
 */
export function useEventForm({ networkId, slug, event }: { networkId: string; slug: string; event: EventDetails | null }) {
  const navigate = useNavigate();
  const [values, setValues] = useState(() => initialValues(event));
  const [original] = useState(values);
  const [repeat, setRepeat] = useState<RepeatKind>('NONE');
  const [repeatCount, setRepeatCountValue] = useState('4');
  const [scope, setScope] = useState<EventScope>('THIS_OCCURRENCE');
  const [checked, setChecked] = useState<FieldErrors>({});
  const [createState, create] = useMutation(createEventMutation);
  const [updateState, update] = useMutation(updateEventMutation);
  const state = event ? updateState : createState;
  const problem = describeError(state.error);
  const errors: FieldErrors = { ...apiFieldErrors(problem?.fields ?? {}), ...stripEmpty(checked) };
  const editingSeries = !!event?.series;

  /** A setter per field; changing a field clears its message. */
  const set =
    <K extends keyof FormValues>(key: K) =>
    (value: FormValues[K]) => {
      setValues((current) => ({ ...current, [key]: value }));
      if (checked[key]) setChecked((current) => ({ ...current, [key]: undefined }));
    };

  function setRepeatCount(value: string) {
    setRepeatCountValue(value);
    if (checked.repeatCount) setChecked((current) => ({ ...current, repeatCount: undefined }));
  }

  async function onSubmit(submit: FormEvent) {
    submit.preventDefault();
    const found = check(values, repeat, repeatCount);
    setChecked(found);
    if (Object.values(found).some(Boolean)) {
      focusFirstInvalid();
      return;
    }
    const saved = event
      ? (await update({ input: updateInput(event.id, editingSeries ? scope : 'THIS_OCCURRENCE', values, original) })).data?.updateEvent
      : (await create({ input: createInput(networkId, values, repeat, repeatCount) })).data?.createEvent;
    if (saved) {
      const message = event ? 'Your changes were saved.' : 'Your event was published.';
      navigate(eventPath(slug, saved.id), { state: { saved: message } satisfies EventPageState });
    }
  }

  return { values, set, repeat, setRepeat, repeatCount, setRepeatCount, scope, setScope, editingSeries, errors, problem, saving: state.fetching, onSubmit };
}

function focusFirstInvalid() {
  // After React has rendered the messages.
  setTimeout(() => (document.querySelector('.event-form [aria-invalid="true"]') as HTMLElement | null)?.focus(), 0);
}
