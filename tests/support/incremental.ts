/**
 * Incremental delivery (@defer, @stream) as a client reads it: the parts of a multipart/mixed body,
 * the events of a text/event-stream, and the result they add up to.
 */

export interface IncrementalPatch {
  path: (string | number)[];
  label?: string;
  data?: Record<string, unknown> | null;
  items?: unknown[] | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** One payload: the first has `data`, the later ones `incremental`; every one but a plain answer has `hasNext`. */
export interface Payload {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
  incremental?: IncrementalPatch[];
  hasNext?: boolean;
}

/** The JSON parts of a multipart/mixed body as yoga writes it (boundary `-`), in order. */
export function multipartParts(body: string): Payload[] {
  const parts: Payload[] = [];
  for (const chunk of body.split('\r\n---')) {
    const blank = chunk.indexOf('\r\n\r\n');
    if (blank === -1) continue;
    const json = chunk.slice(blank + 4).trim();
    if (json) parts.push(JSON.parse(json) as Payload);
  }
  return parts;
}

export interface ServerSentEvent {
  event: string;
  data: string;
}

/** The events of a text/event-stream body, in order, without the keep-alive comments. */
export function serverSentEvents(body: string): ServerSentEvent[] {
  return body
    .split('\n\n')
    .map((block) => block.split('\n').filter((line) => line && !line.startsWith(':')))
    .filter((lines) => lines.length > 0)
    .map((lines) => ({
      event:
        lines
          .find((line) => line.startsWith('event:'))
          ?.slice(6)
          .trim() ?? 'message',
      data: lines
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trim())
        .join('\n'),
    }));
}

/** The whole result the payloads add up to: each deferred `data` merged, each streamed item placed. */
export function assemble(payloads: readonly Payload[]): Payload {
  const result: Payload = structuredClone({ data: payloads[0]?.data, errors: payloads[0]?.errors });
  for (const payload of payloads.slice(1)) {
    for (const patch of payload.incremental ?? []) {
      if (patch.errors) result.errors = [...(result.errors ?? []), ...patch.errors];
      if (patch.items) {
        const index = patch.path.at(-1) as number;
        const list = at(result.data, patch.path.slice(0, -1)) as unknown[];
        patch.items.forEach((item, i) => {
          list[index + i] = item;
        });
      } else if (patch.data) {
        merge(at(result.data, patch.path) as Record<string, unknown>, patch.data);
      }
    }
  }
  if (!result.errors) delete result.errors;
  return result;
}

/** Deep: a deferred fragment may add fields below an object the first part already has. */
function merge(target: Record<string, unknown>, source: Record<string, unknown>) {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (existing && value && typeof existing === 'object' && typeof value === 'object')
      merge(existing as Record<string, unknown>, value as Record<string, unknown>);
    else target[key] = value;
  }
}

function at(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, step) => (value as Record<string | number, unknown>)[step], data);
}

/** POSTs an operation asking for incremental delivery (`accept`) and reads the whole body. */
export async function postIncremental(
  fetcher: (url: string, init: RequestInit) => Response | Promise<Response>,
  url: string,
  accept: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ response: Response; body: string }> {
  const response = await fetcher(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, ...headers },
    body: JSON.stringify(body),
  });
  return { response, body: await response.text() };
}
