import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import type { ShouldRevalidateFunction } from '@remix-run/react';
import { onlyClaimParamChanged } from './utils/claim-param';
import { Form, Link, Links, Meta, NavLink, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from '@remix-run/react';
import type { ReactNode } from 'react';
import styles from './styles/app.css?url';
import { getUser } from './utils/session.server';
import { useNonce } from './utils/nonce';
import { useEffect } from 'react';
import { EARLY_KEYS_SCRIPT, takeEarlyKeys } from './utils/use-shortcuts';
import { PageErrorBoundary } from './components/error-boundary';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: styles },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return { user: user ? { name: user.name, role: user.role } : null };
}

// The signed-in user does not change when a checker moves between claims.
export const shouldRevalidate: ShouldRevalidateFunction = (args) =>
  onlyClaimParamChanged(args) ? false : args.defaultShouldRevalidate;

function Header() {
  const data = useRouteLoaderData<typeof loader>('root');
  const user = data?.user;
  return (
    <header className="topbar">
      <Link to="/articles" className="brand">
        Claimdesk
      </Link>
      {user ? (
        <nav>
          <NavLink to="/articles" end>
            Articles
          </NavLink>
          <NavLink to="/articles/new">Import</NavLink>
          <NavLink to="/queue">My queue</NavLink>
          <NavLink to="/sources">Sources</NavLink>
          <NavLink to="/measures">Measures</NavLink>
          <NavLink to="/search">Search</NavLink>
          {user.role === 'editor' || user.role === 'admin' ? <NavLink to="/exports">Exports</NavLink> : null}
          {user.role === 'admin' ? <NavLink to="/admin/users">Users</NavLink> : null}
          {user.role === 'admin' ? <NavLink to="/admin/settings">Settings</NavLink> : null}
          {user.role === 'admin' ? <NavLink to="/admin/archive">Archive</NavLink> : null}
        </nav>
      ) : null}
      <div className="spacer" />
      {user ? (
        <Form method="post" action="/logout" className="whoami">
          <span>
            {user.name} <span className="role">{user.role}</span>
          </span>
          <button type="submit" className="link-button">
            Sign out
          </button>
        </Form>
      ) : null}
    </header>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {/* Keys pressed before the page is interactive are queued, then played by the page's shortcuts. */}
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: EARLY_KEYS_SCRIPT }} />
      </head>
      <body>
        <Header />
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  // Child effects run first: a page with shortcuts has played the early keys by now; any other page drops them.
  useEffect(() => {
    takeEarlyKeys();
  }, []);
  return <Outlet />;
}

export const ErrorBoundary = PageErrorBoundary;
