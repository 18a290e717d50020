/**
 * Type-ahead search over the API's `search`, as an ARIA combobox: arrows move through the
 * results, Enter chooses, Escape closes.
 */
import type { ApiClient } from '../api/client.js';
import { SEARCH, type SearchHit } from '../api/operations.js';
import { h } from './dom.js';

export interface SearchOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  client: ApiClient;
  onChoose: (hit: SearchHit) => void;
  onError: (error: unknown) => void;
}

const DEBOUNCE_MS = 180;

export function bindSearch({ input, list, client, onChoose, onError }: SearchOptions): void {
  // The ARIA 1.2 combobox pattern, set here because Biome's HTML lint rejects these roles on
  // <input> and <ul> although the pattern prescribes them.
  for (const [name, value] of Object.entries({
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': list.id,
  })) {
    input.setAttribute(name, value);
  }
  list.setAttribute('role', 'listbox');
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index: number) => {
    active = index;
    for (const [i, li] of [...list.querySelectorAll('li')].entries())
      li.setAttribute('aria-selected', String(i === index));
    if (index >= 0) input.setAttribute('aria-activedescendant', `search-hit-${index}`);
  };

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    input.value = hit.node.name;
    close();
    onChoose(hit);
  };

  const show = () => {
    list.replaceChildren(
      ...(hits.length
        ? hits.map((hit, i) => {
            const li = h(
              'li',
              {
                id: `search-hit-${i}`,
                role: 'option',
                'aria-selected': 'false',
                'data-testid': 'search-result',
                'data-node-id': hit.node.id,
              },
              hit.node.name,
              h('small', {}, hit.node.type),
            );
            // mousedown, not click: a click would blur the input first and close the list.
            li.addEventListener('mousedown', (event) => {
              event.preventDefault();
              choose(i);
            });
            return li;
          })
        : [h('li', { role: 'option', 'aria-disabled': 'true', 'data-testid': 'search-no-result' }, 'No match')]),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(hits.length ? 0 : -1);
  };

  const ask = async (text: string) => {
    const mine = ++asked;
    try {
      const data = await client.request(SEARCH, { text, first: 10 });
      if (mine !== asked) return;
      hits = data.search;
      show();
    } catch (error) {
      if (mine === asked) onError(error);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      hits = [];
      close();
      return;
    }
    timer = setTimeout(() => void ask(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      if (list.hidden) show();
      else highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && active >= 0) choose(active);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}
