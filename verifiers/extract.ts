/**
 * Answer extraction, the one policy every task shares (docs/answers.md explains it to users):
 * 1. Thinking is never an answer: text inside <think>…</think> (and before a lone </think>, when the
 *    chat template opened the block in the prompt, or after an unclosed <think>) is removed first.
 * 2. Of what is left, `auto` takes the last <answer>…</answer>, else the last \boxed{…}, else the whole
 *    visible text (format part 0).
 * 3. The extracted text loses surrounding whitespace and one Markdown code fence (```lang … ```) or
 *    inline code span (`…`) wrapping all of it: a right answer in a fence is still right.
 */
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
const THINK_BLOCK = /<think>[\s\S]*?<\/think>/gi;

/** The response without its thinking (rule 1). */
export function visibleText(response: string): string {
  let s = response.replace(THINK_BLOCK, ' ');
  // A </think> left over closes a block the prompt opened: everything before it is thinking.
  const close = s.toLowerCase().lastIndexOf('</think>');
  if (close >= 0) s = s.slice(close + '</think>'.length);
  // An unclosed <think> runs to the end (the reply was cut off mid-thought).
  const open = s.toLowerCase().indexOf('<think>');
  if (open >= 0) s = s.slice(0, open);
  return s;
}

const FENCE = /^```[^\n`]*\r?\n([\s\S]*?)\r?\n?[ \t]*```$/;
const INLINE = /^`([^`\n]+)`$/;

/** Rule 3: trims, then unwraps one code fence or inline code span that wraps the whole answer. */
export function unwrapAnswer(text: string): string {
  const t = text.trim();
  const m = FENCE.exec(t) ?? INLINE.exec(t);
  return m ? m[1].trim() : t;
}

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

function found(text: string | null, method: Extracted['method'], format: number): Extracted {
  return text === null ? { text: null, method: 'none', format: 0 } : { text: unwrapAnswer(text), method, format };
}

/** Finds the answer in a response by the policy above; `mode` narrows it to one form. */
export function extractAnswer(response: string, mode: ExtractMode = 'auto'): Extracted {
  const visible = visibleText(response);
  switch (mode) {
    case 'answer-tag':
      return found(lastAnswerTag(visible), 'answer-tag', 1);
    case 'boxed':
      return found(lastBoxed(visible), 'boxed', 1);
    case 'last-line':
      return found(lastLine(visible), 'last-line', 1);
    case 'raw':
      return found(visible, 'raw', 1);
    case 'auto': {
      const t = lastAnswerTag(visible);
      if (t !== null) return found(t, 'answer-tag', 1);
      const b = lastBoxed(visible);
      if (b !== null) return found(b, 'boxed', 1);
      // Nothing but thinking (or nothing at all): there is no answer to read.
      return visible.trim() ? found(visible, 'raw', 0) : { text: null, method: 'none', format: 0 };
    }
  }
}
