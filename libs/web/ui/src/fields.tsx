import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface FieldFrame {
  label: string;
  hint?: ReactNode;
  error?: string | null;
}

function useFieldIds(error?: string | null, hint?: ReactNode) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { id, hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

function Frame({ id, label, hint, hintId, error, errorId, children }: FieldFrame & { id: string; hintId?: string; errorId?: string; children: ReactNode }) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function TextField({ label, hint, error, ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(error, hint);
  return (
    <Frame {...ids} label={label} hint={hint} error={error}>
      <input id={ids.id} aria-describedby={ids.describedBy} aria-invalid={error ? true : undefined} {...input} />
    </Frame>
  );
}

export function TextAreaField({ label, hint, error, ...textarea }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useFieldIds(error, hint);
  return (
    <Frame {...ids} label={label} hint={hint} error={error}>
      <textarea id={ids.id} aria-describedby={ids.describedBy} aria-invalid={error ? true : undefined} {...textarea} />
    </Frame>
  );
}

export function SelectField({
  label,
  hint,
  error,
  children,
  ...select
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  const ids = useFieldIds(error, hint);
  return (
    <Frame {...ids} label={label} hint={hint} error={error}>
      <select id={ids.id} aria-describedby={ids.describedBy} aria-invalid={error ? true : undefined} {...select}>
        {children}
      </select>
    </Frame>
  );
}

/** "must be at least 2 characters" → "Must be at least 2 characters." */
export function sentence(message: string | undefined | null): string | undefined {
  if (!message) return undefined;
  const trimmed = message.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
