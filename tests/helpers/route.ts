import type { ActionFunctionArgs, AppLoadContext } from '@remix-run/node';

/** Calls a route's loader/action the way Remix does, returning the Response (thrown or returned). */
export async function call(
  fn: (args: ActionFunctionArgs) => unknown,
  request: Request,
  params: Record<string, string> = {},
  context: AppLoadContext = {},
): Promise<Response> {
  try {
    return asResponse(await fn({ request, params, context }));
  } catch (e) {
    if (e instanceof Response) return e;
    // A thrown data() (a loader's 404 from errorToResponse) is an answer too, as Remix treats it.
    if (isData(e)) return asResponse(e);
    throw e;
  }
}

interface DataWithInit {
  type: 'DataWithResponseInit';
  data: unknown;
  init?: ResponseInit | null;
}

function isData(out: unknown): out is DataWithInit {
  return !!out && typeof out === 'object' && (out as { type?: string }).type === 'DataWithResponseInit';
}

function asResponse(out: unknown): Response {
  if (out instanceof Response) return out;
  // data() returns a DataWithResponseInit: { type, data, init }; a string body is sent as text, anything else as JSON.
  if (isData(out)) {
    const body = typeof out.data === 'string' ? out.data : JSON.stringify(out.data);
    return new Response(body, { status: out.init?.status ?? 200, headers: out.init?.headers });
  }
  return new Response(JSON.stringify(out), { status: 200 });
}

export const BASE = 'http://localhost';

export function post(path: string, cookie: string | null, body: FormData | URLSearchParams): Request {
  return new Request(`${BASE}${path}`, {
    method: 'POST',
    body,
    headers: { ...(cookie ? { Cookie: cookie } : {}), Origin: BASE },
  });
}

export function get(path: string, cookie: string | null): Request {
  return new Request(`${BASE}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}
