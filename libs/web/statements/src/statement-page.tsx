import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError, type ApiProblem, type StatementKind } from '@community-hub/web-graphql';
import { Button, ErrorAlert, Loading, MarkdownField, MarkdownText, useDocumentTitle, preloadMarkdown } from '@community-hub/web-ui';
import { statementQuery, updateStatementMutation } from './statements.documents';
import './statements.css';

export const STATEMENT_TITLES: Record<StatementKind, string> = {
  ACCESSIBILITY: 'Accessibility statement',
  PRIVACY: 'Privacy notice',
  TERMS: 'Terms of use',
};

/** A statement's first `# heading` is the page's h1; the rest is its body (its `##` become h2). */
export function splitTitle(body: string, fallback: string): { title: string; rest: string } {
  const match = /^\s*#[ \t]+(.+?)[ \t#]*(?:\r?\n|$)/.exec(body);
  if (!match) return { title: fallback, rest: body };
  return { title: match[1].trim(), rest: body.slice(match[0].length) };
}

/** /accessibility, /privacy and /terms: the current text for everyone, and an editor for platform admins. */
export function StatementPage({ kind }: { kind: StatementKind }) {
  // The text is Markdown: its renderer loads while the data does.
  preloadMarkdown();
  const [{ data, fetching, error }] = useQuery({ query: statementQuery, variables: { kind } });
  const [editing, setEditing] = useState(false);
  const [published, setPublished] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const statement = data?.statement;
  const { title, rest } = splitTitle(statement?.body ?? '', STATEMENT_TITLES[kind]);
  useDocumentTitle(statement ? title : STATEMENT_TITLES[kind]);

  if (!statement) {
    if (fetching) return <Loading />;
    return (
      <>
        <h1>{STATEMENT_TITLES[kind]}</h1>
        <ErrorAlert>{error ? describeError(error)?.message : 'This page could not be loaded.'}</ErrorAlert>
      </>
    );
  }
  return (
    <article className="statement">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {published ? (
        <p role="status" className="alert alert-success">
          Version {published} is published.
          {kind === 'TERMS' ? ' Everyone will be asked to accept it when they next sign in.' : ''}
        </p>
      ) : null}
      {data?.me?.isPlatformAdmin && !editing ? (
        <p>
          <Button size="small" onClick={() => setEditing(true)}>
            Edit this page
          </Button>
        </p>
      ) : null}
      {editing ? (
        <StatementEditor
          kind={kind}
          body={statement.body}
          onDone={(version) => {
            setEditing(false);
            setPublished(version);
            // Back to the top of the page, where the confirmation is.
            requestAnimationFrame(() => heading.current?.focus());
          }}
        />
      ) : (
        <MarkdownText source={rest} headingLevel={2} className="statement-body" />
      )}
      <p className="statement-version">
        Version {statement.version}
        {statement.publishedAt ? `, published ${new Date(statement.publishedAt).toLocaleDateString('en-GB', { dateStyle: 'long' })}` : ''}.
      </p>
    </article>
  );
}

function StatementEditor({ kind, body, onDone }: { kind: StatementKind; body: string; onDone(version: number | null): void }) {
  const [text, setText] = useState(body);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, update] = useMutation(updateStatementMutation);
  const field = useRef<HTMLTextAreaElement>(null);
  // The work is in the text box: put the focus there when the editor opens.
  useEffect(() => field.current?.focus(), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const result = await update({ input: { kind, body: text } });
    if (result.error) setProblem(describeError(result.error));
    else onDone(result.data?.updateStatement.version ?? null);
  }

  return (
    <form onSubmit={submit} className="stack" aria-label={`Edit the ${STATEMENT_TITLES[kind].toLowerCase()}`} aria-busy={fetching || undefined}>
      <ErrorAlert>{problem?.message}</ErrorAlert>
      <MarkdownField
        ref={field}
        label="Text"
        value={text}
        onChange={setText}
        rows={20}
        error={problem?.fields['body']}
        hint={
          kind === 'TERMS'
            ? 'Markdown. Publishing makes a new version of the terms: everyone is asked to accept it when they next sign in.'
            : 'Markdown. The first line (# Title) is the page heading; ## lines are its sections.'
        }
      />
      <div className="actions">
        <Button type="submit" variant="primary" disabled={fetching}>
          Publish new version
        </Button>
        <Button onClick={() => onDone(null)} disabled={fetching}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
