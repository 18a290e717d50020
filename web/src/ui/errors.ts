/** The error banner: what went wrong, in words a reader can act on. */
import { ApiError } from '../api/client.js';
import { byTestId } from './dom.js';

export function showError(error: unknown): void {
  const banner = byTestId('error-banner');
  let text: string;
  if (error instanceof ApiError && error.code === 'DATABASE_UNAVAILABLE') {
    text =
      'The graph database is unavailable right now. The explorer will work again once it is back; try again in a moment.';
  } else if (error instanceof ApiError && error.code === 'NETWORK') {
    text = 'The Faultline API cannot be reached. Check that the server is running, then try again.';
  } else if (error instanceof ApiError) {
    text = `The API refused the request: ${error.message}`;
  } else {
    text = `Something went wrong: ${(error as Error)?.message ?? String(error)}`;
  }
  banner.dataset.code = error instanceof ApiError ? error.code : 'CLIENT';
  banner.textContent = text;
  banner.hidden = false;
}

export function hideError(): void {
  byTestId('error-banner').hidden = true;
}
