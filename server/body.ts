import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';

/**
 * Deepest nesting of arrays and objects a request may have. Labels and truths nest a few levels
 * (a grid in a truth in a counterfactual envelope); a body nested thousands deep is an attack on
 * every recursive walk after parsing (describing, cloning to a worker), so it is refused up front.
 */
export const MAX_DEPTH = 64;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_ARRAY = 91;
const OPEN_OBJECT = 123;
const CLOSE_ARRAY = 93;
const CLOSE_OBJECT = 125;

/** Nesting depth of JSON text, or -1 past `max` (one pass, strings skipped, no recursion). */
export function jsonDepth(text: string, max: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Skip the string: its brackets are text.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) i++;
        else if (d === QUOTE) break;
      }
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > max) return -1;
      if (depth > deepest) deepest = depth;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth--;
  }
  return deepest;
}

const bad = (message: string) => Object.assign(new Error(message), { statusCode: 400 });

/** Parses a JSON body; an error with status 400 naming the problem for bad JSON, too deep nesting or prototype keys. */
export function parseJsonBody(text: string, maxDepth = MAX_DEPTH): unknown {
  if (!text.length) throw bad('body: empty; allowed: a JSON object');
  if (jsonDepth(text, maxDepth) < 0) throw bad(`body: nested more than ${maxDepth} levels deep; allowed: at most ${maxDepth} levels of arrays and objects`);
  try {
    return secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (e) {
    const msg = (e as Error).message;
    if (/prototype/i.test(msg)) throw bad('body: has a "__proto__" or "constructor.prototype" key; allowed: JSON without prototype keys');
    throw bad(`body: not valid JSON (${msg.slice(0, 200)})`);
  }
}

/** Replaces fastify's JSON parser with parseJsonBody, so every body error is a 400 that says what is wrong. */
export function useJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (e) {
      done(e as Error, undefined);
    }
  });
}
