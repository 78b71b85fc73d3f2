import { Suspense, type ReactNode } from 'react';

/**
 * Something went wrong. role="alert" so screen readers announce it at once.
 * Renders nothing without a message, so forms can keep it in place.
 */
export function ErrorAlert({ children, title }: { children?: ReactNode; title?: string }) {
  if (!children) return null;
  return (
    <div role="alert" className="alert alert-error">
      {title ? <p className="alert-title">{title}</p> : null}
      {typeof children === 'string' ? <p>{children}</p> : children}
    </div>
  );
}

/**
 * A loading message. Deliberately not role="status": pages keep that role for
 * one lasting message (e.g. membership state) so it can be found unambiguously.
 */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" aria-live="polite" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: BadgeTone }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

/**
 * The first row of a paged list (inside its `<ul>`) while its page is loading or
 * after it failed; null once the page is there, so the list renders its rows.
 */
export function ListPageState({ loading, problem, label }: { loading: boolean; problem: { message: string } | null; label: string }) {
  if (loading) {
    return (
      <li className="row-plain">
        <Loading label={label} />
      </li>
    );
  }
  if (problem) {
    return (
      <li className="row-plain">
        <ErrorAlert>{problem.message}</ErrorAlert>
      </li>
    );
  }
  return null;
}

/** A page loaded when opened (React.lazy): "Loading…" until its code arrives. */
export function LazyPage({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}
