import { Link, useRouteError } from 'react-router';
import { useDocumentTitle } from '@community-hub/web-ui';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <div className="narrow stack">
      <h1>Page not found</h1>
      <p>There is nothing at this address. If you typed it, please check it; if you followed a link, it may be out of date.</p>
      <p>
        <Link to="/">Go to the list of community networks</Link>
      </p>
    </div>
  );
}

/** Shown when a page fails to render; keeps the person on the site with a way onward. */
export function RouteErrorPage() {
  const error = useRouteError();
  useDocumentTitle('Something went wrong');
  if (error) console.error(error);
  return (
    <main id="main" className="container narrow stack">
      <h1>Something went wrong</h1>
      <p role="alert">Sorry, this page could not be shown. Please try again, or go back to the start.</p>
      <p>
        <a href="/">Go to the list of community networks</a>
      </p>
    </main>
  );
}
