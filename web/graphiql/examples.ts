/**
 * The README's example operations, read from README.md when GraphiQL is built, so the IDE opens
 * with the same questions the documentation asks (and a test keeps running).
 */
import readme from '../../README.md?raw';

export interface ExampleTab {
  query: string;
  variables?: string;
  headers?: string;
}

/** Every ```graphql block of the README, in order. */
export function readmeExamples(markdown: string = readme): ExampleTab[] {
  return [...markdown.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => ({ query: (m[1] ?? '').trimEnd() }));
}
