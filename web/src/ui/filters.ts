/** Relationship-type checkboxes and the date-range slider over the API's `dateRange`. */
import type { RelationshipType } from '../../../core/domain/vocabulary.js';
import { EDGE_LOOKS, relationshipDoc } from '../graph/style.js';
import { h } from './dom.js';
import { edgeSwatch } from './legend.js';

export function renderTypeFilters(
  container: HTMLElement,
  types: readonly RelationshipType[],
  checked: readonly RelationshipType[],
  onChange: (checked: RelationshipType[]) => void,
): void {
  const boxes = types.map((type) =>
    h('input', {
      type: 'checkbox',
      value: type,
      'data-testid': `filter-type-${type}`,
      checked: checked.includes(type),
    }),
  );
  for (const box of boxes) {
    box.addEventListener('change', () =>
      onChange(boxes.filter((b) => b.checked).map((b) => b.value as RelationshipType)),
    );
  }
  container.replaceChildren(
    ...boxes.map((box, i) => {
      const look = EDGE_LOOKS[types[i]!];
      return h('label', { title: relationshipDoc(types[i]!) }, box, edgeSwatch(look.colour, look.line), look.label);
    }),
  );
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

export interface DateSliderElements {
  from: HTMLInputElement;
  to: HTMLInputElement;
  fromLabel: HTMLOutputElement;
  toLabel: HTMLOutputElement;
  reset: HTMLButtonElement;
  fieldset: HTMLFieldSetElement;
}

/** Two range inputs over whole days; a thumb at its end means "open" (no bound). */
export class DateSlider {
  private first = 0;
  private last = 0;

  constructor(
    private readonly els: DateSliderElements,
    private readonly onChange: (from: string | null, to: string | null) => void,
  ) {
    const commit = () => {
      let a = Number(els.from.value);
      let b = Number(els.to.value);
      if (a > b) [a, b] = [b, a];
      this.onChange(a <= this.first ? null : isoDay(a), b >= this.last ? null : isoDay(b));
    };
    els.from.addEventListener('input', () => this.labels());
    els.to.addEventListener('input', () => this.labels());
    els.from.addEventListener('change', commit);
    els.to.addEventListener('change', commit);
    els.reset.addEventListener('click', () => this.onChange(null, null));
  }

  /** Sets the span the slider covers (from `dateRange`) and the current bounds. */
  set(span: { first: string | null; last: string | null } | null, from: string | null, to: string | null): void {
    const usable = !!(span?.first && span.last);
    this.els.fieldset.disabled = !usable;
    if (!usable) return;
    this.first = dayNumber(span!.first!);
    this.last = dayNumber(span!.last!);
    for (const input of [this.els.from, this.els.to]) {
      input.min = String(this.first);
      input.max = String(this.last);
    }
    this.els.from.value = String(from ? Math.max(this.first, dayNumber(from)) : this.first);
    this.els.to.value = String(to ? Math.min(this.last, dayNumber(to)) : this.last);
    this.labels();
  }

  private labels(): void {
    this.els.fromLabel.value = isoDay(Number(this.els.from.value));
    this.els.toLabel.value = isoDay(Number(this.els.to.value));
    this.els.from.setAttribute('aria-valuetext', this.els.fromLabel.value);
    this.els.to.setAttribute('aria-valuetext', this.els.toLabel.value);
  }
}
