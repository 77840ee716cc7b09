import { readFileSync } from 'node:fs';
import { FieldError, VeriforgeError } from '../../core/errors.js';

/**
 * How a record becomes chat messages for RL trainers. `user` must contain `{question}`; `{images}`
 * marks where the `<image>` placeholders go (one per image; at the start when absent).
 */
export interface PromptTemplate {
  system: string | null;
  user: string;
}

export const IMAGE_TOKEN = '<image>';

export const DEFAULT_TEMPLATE: PromptTemplate = {
  system: null,
  user: '{images}{question}\n\nThink it through, then give only the final answer inside <answer></answer> tags.',
};

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** Validates a template; errors name the field, the value and what is allowed. */
export function checkTemplate(t: unknown, where = 'template'): PromptTemplate {
  if (!t || typeof t !== 'object' || Array.isArray(t)) throw new FieldError(where, t, 'an object {"system": string | null, "user": string}');
  const o = t as Record<string, unknown>;
  for (const k of Object.keys(o)) if (k !== 'system' && k !== 'user') throw new FieldError(`${where}.${k}`, o[k], 'known keys are system, user');
  const system = o.system ?? null;
  if (system !== null && typeof system !== 'string') throw new FieldError(`${where}.system`, system, 'a string or null');
  if (typeof o.user !== 'string' || !o.user.includes('{question}')) throw new FieldError(`${where}.user`, o.user, 'a string containing {question}');
  // Trainers count <image> tokens against the image list: a literal one in the template breaks that.
  for (const [k, v] of [['system', system], ['user', o.user]] as const) {
    if (v?.includes(IMAGE_TOKEN)) throw new FieldError(`${where}.${k}`, v, `text without a literal ${IMAGE_TOKEN} (use {images})`);
  }
  return { system, user: o.user };
}

export function readTemplate(path: string): PromptTemplate {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new VeriforgeError(`--template ${path}: ${(e as NodeJS.ErrnoException).code ? 'cannot read the file' : 'not valid JSON'} (${(e as Error).message})`);
  }
  return checkTemplate(json, `--template ${path}`);
}

/** Chat messages for one item; the user message holds exactly one `<image>` per image. */
export function buildMessages(t: PromptTemplate, question: string, imageCount: number, id: string): ChatMessage[] {
  if (question.includes(IMAGE_TOKEN)) throw new VeriforgeError(`item ${id}: its question contains a literal ${IMAGE_TOKEN}, which trainers would count as an image`);
  const images = IMAGE_TOKEN.repeat(imageCount);
  const withImages = t.user.includes('{images}') ? t.user : `{images}${t.user}`;
  // One pass, so that a "{images}" inside the question is never expanded.
  const user = withImages.replace(/\{images\}|\{question\}/g, (m) => (m === '{images}' ? images : question));
  return t.system === null ? [{ role: 'user', content: user }] : [{ role: 'system', content: t.system }, { role: 'user', content: user }];
}
