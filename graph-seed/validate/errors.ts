/** Validation errors: where (file, path, line), what was found, and what was expected. */

export interface ValidationError {
  /** The YAML file (or a label such as `<synth>` for documents built in memory). */
  file: string;
  /** Path inside the file, e.g. `relationships[3].evidence[0].quote`; '' for the whole file. */
  path: string;
  /** 1-based line of the value, or of its nearest enclosing item; null when unknown. */
  line: number | null;
  /** The offending value as found (undefined when it is missing). */
  value: unknown;
  /** One sentence naming the path, the line, the value and what was expected. */
  message: string;
}

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** `['relationships', 3, 'evidence', 0, 'quote']` → `relationships[3].evidence[0].quote`. */
export function pathToString(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

const MAX_SHOWN = 80;

/** A value as it appears in a message: JSON, long strings cut in the middle. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  if (text.length <= MAX_SHOWN) return text;
  return `${text.slice(0, MAX_SHOWN - 20)}…${text.slice(-15)}`;
}

/** Builds an error; `detail` completes the sentence after the value ("is not a slug ..."). */
export function validationError(
  file: string,
  path: Path,
  line: number | null,
  value: unknown,
  detail: string,
): ValidationError {
  const where = pathToString(path) || '(file)';
  const at = line === null ? where : `${where} (line ${line})`;
  const shown = value === undefined ? '' : `${showValue(value)} `;
  return { file, path: pathToString(path), line, value, message: `${at}: ${shown}${detail}` };
}

/** `file: message`, one line per error, in file then line order. */
export function formatValidationErrors(errors: readonly ValidationError[]): string {
  return sortErrors(errors)
    .map((e) => `${e.file}: ${e.message}`)
    .join('\n');
}

export function sortErrors(errors: readonly ValidationError[]): ValidationError[] {
  return [...errors].sort((a, b) => {
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    return (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER);
  });
}

/** Thrown when a run refuses to write because the input has errors. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly errors: readonly ValidationError[]) {
    super(
      `${errors.length} validation error${errors.length === 1 ? '' : 's'}; nothing was written:\n${formatValidationErrors(errors)}`,
    );
  }
}
