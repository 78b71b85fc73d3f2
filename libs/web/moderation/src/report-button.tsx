import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Button, ErrorAlert, ModalDialog, SelectField, TextAreaField } from '@community-hub/web-ui';
import { reportContentMutation } from './moderation.documents';
import { KIND_NOUN, REASONS, type ReportKindName } from './moderation-shared';
import './moderation.css';

export interface ReportButtonProps {
  kind: ReportKindName;
  id: string;
  /** What is reported, for the button's accessible name ("Report post 3 by Mel"). */
  subject?: string;
  size?: 'small' | 'normal';
}

/**
 * "Report" with a dialog asking why (a reason and a note). A native modal
 * dialog: focus moves into it, Escape closes it, and focus returns to the
 * button. The reporter is thanked; reporting again changes nothing.
 */
export function ReportButton({ kind, id, subject, size = 'small' }: ReportButtonProps) {
  const button = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  // The dialog is in the page only while open (a page of posts has one button each).
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const [state, report] = useMutation(reportContentMutation);
  const problem = describeError(state.error);
  const noun = KIND_NOUN[kind];

  const open = () => {
    setDone(false);
    setOpen(true);
  };
  // Escape or a button closed it: gone from the page, focus back on "Report".
  const onClosed = () => {
    setOpen(false);
    button.current?.focus();
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!reason) return;
    const result = await report({ input: { kind, id, reason: reason as (typeof REASONS)[number]['value'], note } });
    if (!result.error) {
      setDone(true);
      setReason('');
      setNote('');
    }
  }

  return (
    <>
      <Button ref={button} variant="quiet" size={size} onClick={open} aria-haspopup="dialog" aria-label={subject ? `Report ${subject}` : `Report this ${noun}`}>
        Report
      </Button>
      {isOpen ? (
        <ModalDialog titleId={titleId} onClose={onClosed}>
          {(close) =>
            done ? (
              <div className="stack" role="status">
                <h2 id={titleId}>Thank you for your report</h2>
                <p>Someone who looks after this space will review it. We will let you know the outcome in your notifications.</p>
                <div className="actions">
                  <Button variant="primary" onClick={close} autoFocus>
                    Close
                  </Button>
                </div>
              </div>
            ) : (
              <form className="stack" onSubmit={onSubmit}>
                <h2 id={titleId}>Report this {noun}</h2>
                <p className="muted small">Reports go to the people who look after this space. The person you report is not told who reported them.</p>
                <ErrorAlert>{problem?.message}</ErrorAlert>
                <SelectField label="Why are you reporting it?" value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus>
                  <option value="">Choose a reason</option>
                  {REASONS.map((r) => (
                    <option key={r.value} value={r.value}>
                      {r.label}
                    </option>
                  ))}
                </SelectField>
                <TextAreaField label="Anything else we should know? (optional)" value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} rows={4} />
                <div className="actions">
                  <Button type="submit" variant="primary" disabled={!reason || state.fetching}>
                    Send report
                  </Button>
                  <Button type="button" variant="secondary" onClick={close}>
                    Cancel
                  </Button>
                </div>
              </form>
            )
          }
        </ModalDialog>
      ) : null}
    </>
  );
}
