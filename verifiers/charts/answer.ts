/** Shared reading of short chart answers: one number, a label, yes/no. */

const NUMBER = /[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?|[-+−]?\.\d+/g;

/**
 * The single number in `text` ("about 42.5 mm", "1,234", "−3"). Several different numbers are an
 * error (a hedge like "40 or 45" must not earn the reward of either).
 */
export function parseOneNumber(text: string): number {
  const found = [...text.matchAll(NUMBER)].map((m) => Number(m[0].replace(/,/g, '').replace('−', '-')));
  const distinct = [...new Set(found.filter(Number.isFinite))];
  if (!distinct.length) throw new Error('no number in the answer');
  if (distinct.length > 1) throw new Error(`several numbers in the answer (${distinct.slice(0, 4).join(', ')})`);
  return distinct[0];
}

/** Case, surrounding quotes, markup and a final full stop do not matter; inner spaces collapse. */
export function normLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[*_`]/g, '')
    .trim()
    .replace(/^["'“‘(]+|["'”’).!]+$/g, '')
    .replace(/\s*[–—-]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
