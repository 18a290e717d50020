/** Checks for the tools' command-line options. */

/** `raw` as a whole number from `min` to `max`, or an error naming the option and what was wrong. */
export function wholeOption(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`--${name} must be a whole number from ${min} to ${max}, got ${raw}`);
  return n;
}
