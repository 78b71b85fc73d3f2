import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError, type EmailFrequency, type NotificationPreferencesQuery } from '@community-hub/web-graphql';
import { EmptyState, ErrorAlert, Loading, useDocumentTitle } from '@community-hub/web-ui';
import { notificationPreferencesQuery, setNotificationPreferenceMutation } from './notifications.documents';
import { EMAIL_FREQUENCIES, frequencyLabel, NOTIFICATIONS_PATH } from './notifications-shared';
import './notifications.css';

type Preference = NotificationPreferencesQuery['notificationPreferences'][number];

/** /settings/notifications (the emails' "change how often" link): how often to email, per network. */
export function NotificationSettingsPage() {
  useDocumentTitle('Email settings');
  const [{ data, fetching, error }] = useQuery({ query: notificationPreferencesQuery, requestPolicy: 'cache-and-network' });
  const problem = describeError(error);
  const preferences = data?.notificationPreferences ?? [];

  return (
    <div className="narrow stack">
      <h1>Email settings</h1>
      <p>
        Choose how often we email you about each network you belong to. Everything still appears on your{' '}
        <Link to={NOTIFICATIONS_PATH}>notifications page</Link>.
      </p>
      <ErrorAlert>{problem?.message}</ErrorAlert>
      {fetching && !data ? <Loading label="Loading your email settings…" /> : null}
      {data && !preferences.length ? <EmptyState>You have not joined any networks yet, so there is nothing to email you about.</EmptyState> : null}
      {preferences.map((preference) => (
        <PreferenceFieldset key={preference.network.id} preference={preference} />
      ))}
    </div>
  );
}

function PreferenceFieldset({ preference }: { preference: Preference }) {
  const [choice, setChoice] = useState<EmailFrequency>(preference.email);
  const [saved, setSaved] = useState<EmailFrequency | null>(null);
  const [state, save] = useMutation(setNotificationPreferenceMutation);
  const problem = describeError(state.error);
  const name = `email-${preference.network.id}`;

  // The server's answer wins once it arrives (e.g. after another tab changed it).
  useEffect(() => setChoice(preference.email), [preference.email]);

  async function onChoose(email: EmailFrequency) {
    const before = choice;
    setChoice(email);
    setSaved(null);
    const result = await save({ networkId: preference.network.id, email });
    const stored = result.data?.setNotificationPreference.email;
    if (stored) {
      setChoice(stored);
      setSaved(stored);
    } else {
      setChoice(before);
    }
  }

  return (
    <fieldset className="panel stack-small email-preference">
      <legend>{preference.network.name}</legend>
      <ErrorAlert>{problem?.message}</ErrorAlert>
      <div className="radio-list">
        {EMAIL_FREQUENCIES.map((frequency) => {
          const id = `${name}-${frequency.value}`;
          return (
            <div className="radio" key={frequency.value}>
              <input
                type="radio"
                id={id}
                name={name}
                value={frequency.value}
                checked={choice === frequency.value}
                aria-describedby={`${id}-hint`}
                onChange={() => void onChoose(frequency.value)}
              />
              <label htmlFor={id}>{frequency.label}</label>
              <span className="field-hint" id={`${id}-hint`}>
                {frequency.hint}
              </span>
            </div>
          );
        })}
      </div>
      <p role="status" className="saved-note">
        {saved ? `Saved: ${frequencyLabel(saved).toLowerCase()} for ${preference.network.name}.` : ''}
      </p>
    </fieldset>
  );
}
