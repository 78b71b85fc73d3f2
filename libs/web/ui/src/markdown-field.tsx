import { forwardRef, useId, useState, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { MarkdownText } from './markdown';
import { Button } from './button';

export interface MarkdownFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
  /** Defaults to a short note on Markdown. */
  hint?: string;
  /** Shown just under the text box, e.g. a list of suggestions. */
  belowInput?: ReactNode;
}

/** A Markdown textarea with a "Preview" toggle that shows the text as it will be published. */
export const MarkdownField = forwardRef<HTMLTextAreaElement, MarkdownFieldProps>(function MarkdownField(
  { label, value, onChange, error, hint = 'You can use Markdown: **bold**, _italic_, [links](https://example.org), lists.', belowInput, ...textarea },
  ref,
) {
  const id = useId();
  const [previewing, setPreviewing] = useState(false);
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const previewId = `${id}-preview`;
  return (
    <div className={error ? 'field field-invalid markdown-field' : 'field markdown-field'}>
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={hintId}>
        {hint}
      </p>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <textarea
        ref={ref}
        id={id}
        rows={6}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
      {belowInput}
      <div className="markdown-field-tools">
        <Button
          variant="quiet" size="small"
          aria-expanded={previewing}
          aria-controls={previewing ? previewId : undefined}
          onClick={() => setPreviewing((open) => !open)}
        >
          Preview
        </Button>
      </div>
      {previewing ? (
        <section id={previewId} className="markdown-preview" aria-label={`Preview of ${label.toLowerCase()}`}>
          <MarkdownText source={value} empty={<p className="muted">Nothing to preview yet.</p>} />
        </section>
      ) : null}
    </div>
  );
});
