/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return (
    text
      .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
      // Characters XML 1.0 cannot carry at all.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  );
}

/** Escapes text for an attribute value, keeping line breaks (which parsers otherwise fold to spaces). */
export function xmlAttr(text: string): string {
  return xmlEscape(text).replace(/\r?\n/g, '&#10;').replace(/\t/g, '&#9;');
}
