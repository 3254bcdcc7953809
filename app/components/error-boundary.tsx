import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Please sign in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Changed by someone else',
  413: 'Too large',
  415: 'Unsupported file',
  422: 'Cannot use that input',
};

/** One error page for every route: a clear message for 4xx, a short apology for bugs. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    const message = typeof error.data === 'string' ? error.data : error.statusText;
    return (
      <section className="error-page" role="alert">
        <h1>
          {error.status} {TITLES[error.status] ?? 'Error'}
        </h1>
        <p>{message}</p>
        <p>
          <Link to="/articles">Back to articles</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="error-page" role="alert">
      <h1>Something went wrong</h1>
      <p>An unexpected error happened. Nothing you entered was saved half-way; please try again.</p>
      <p>
        <Link to="/articles">Back to articles</Link>
      </p>
    </section>
  );
}

/** A route's ErrorBoundary: the general one inside the page frame. */
export function PageErrorBoundary() {
  return (
    <main className="page">
      <GeneralErrorBoundary />
    </main>
  );
}
