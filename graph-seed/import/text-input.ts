/**
 * Reading a data file as text whatever program saved it: UTF-8 with or without a byte-order mark,
 * UTF-16 (Excel's "Unicode text"), or a legacy single-byte encoding (Windows-1252) when the bytes
 * are not valid UTF-8. A file that cannot be read at all is an UnreadableFileError.
 */
import { readFile } from 'node:fs/promises';

/** The file does not exist, cannot be opened, or holds no text. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/** Decodes file bytes; strips the byte-order mark. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Reads and decodes a file; throws UnreadableFileError with the reason when it cannot. */
export async function readTextFile(path: string): Promise<DecodedText> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UnreadableFileError(`${path}: cannot be read (${why})`);
  }
  if (bytes.length > 0 && bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    throw new UnreadableFileError(`${path}: cannot be read as text (it holds binary data; expected a CSV export)`);
  }
  return decodeText(bytes);
}
