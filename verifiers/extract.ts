/** How to find the answer inside a model's response. */
export type ExtractMode = 'auto' | 'answer-tag' | 'boxed' | 'last-line' | 'raw';
export const EXTRACT_MODES: readonly ExtractMode[] = ['auto', 'answer-tag', 'boxed', 'last-line', 'raw'];

export interface Extracted {
  /** The answer text, or null when the requested form is absent. */
  text: string | null;
  /** Which form was found. */
  method: Exclude<ExtractMode, 'auto'> | 'none';
  /** 1 when the response used an explicit answer form (<answer> or \boxed), else 0. */
  format: number;
}

const ANSWER_TAG = /<answer>([\s\S]*?)<\/answer>/gi;

function lastAnswerTag(response: string): string | null {
  let last: string | null = null;
  for (const m of response.matchAll(ANSWER_TAG)) last = m[1];
  return last;
}

/** Content of the last \boxed{...}, with nested braces balanced (a regex cannot match those). */
function lastBoxed(response: string): string | null {
  const start = response.lastIndexOf('\\boxed{');
  if (start < 0) return null;
  let depth = 0;
  for (let i = start + 6; i < response.length; i++) {
    const c = response[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return response.slice(start + 7, i);
  }
  return null;
}

function lastLine(response: string): string | null {
  const lines = response.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length ? lines[lines.length - 1] : null;
}

/**
 * Shared answer extraction. `auto` takes the last <answer>…</answer>, else the last \boxed{…},
 * else the whole response (format part 0).
 */
export function extractAnswer(response: string, mode: ExtractMode = 'auto'): Extracted {
  const tag = () => lastAnswerTag(response);
  switch (mode) {
    case 'answer-tag': {
      const t = tag();
      return { text: t, method: t === null ? 'none' : 'answer-tag', format: t === null ? 0 : 1 };
    }
    case 'boxed': {
      const b = lastBoxed(response);
      return { text: b, method: b === null ? 'none' : 'boxed', format: b === null ? 0 : 1 };
    }
    case 'last-line': {
      const l = lastLine(response);
      return { text: l, method: l === null ? 'none' : 'last-line', format: l === null ? 0 : 1 };
    }
    case 'raw':
      return { text: response, method: 'raw', format: 1 };
    case 'auto': {
      const t = tag();
      if (t !== null) return { text: t, method: 'answer-tag', format: 1 };
      const b = lastBoxed(response);
      if (b !== null) return { text: b, method: 'boxed', format: 1 };
      return { text: response, method: 'raw', format: 0 };
    }
  }
}
