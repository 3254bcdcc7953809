import type { ActionFunctionArgs, AppLoadContext } from '@remix-run/node';

/** Calls a route's loader/action the way Remix does, returning the Response (thrown or returned). */
export async function call(
  fn: (args: ActionFunctionArgs) => unknown,
  request: Request,
  params: Record<string, string> = {},
  context: AppLoadContext = {},
): Promise<Response> {
  try {
    const out = await fn({ request, params, context });
    if (out instanceof Response) return out;
    // data() returns a DataWithResponseInit: { type, data, init }
    const d = out as { type?: string; data?: unknown; init?: ResponseInit | null };
    if (d && d.type === 'DataWithResponseInit') {
      return new Response(JSON.stringify(d.data), { status: d.init?.status ?? 200, headers: d.init?.headers });
    }
    return new Response(JSON.stringify(out), { status: 200 });
  } catch (e) {
    if (e instanceof Response) return e;
    throw e;
  }
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
