import { Fragment } from 'react';

/**
 * Shows text written by people as text: blank lines make paragraphs, single
 * line breaks stay line breaks. Nothing in it is ever treated as HTML, because
 * React escapes every string it renders; Markdown markup is shown as typed.
 */
export function PlainText({ text, className }: { text: string | null | undefined; className?: string }) {
  const paragraphs = (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  if (!paragraphs.length) return null;
  return (
    <div className={className ? `plain-text ${className}` : 'plain-text'}>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>
          {paragraph.split('\n').map((line, lineIndex) => (
            <Fragment key={lineIndex}>
              {lineIndex > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
