/**
 * Search snippets as the services send them (shared/api/contract-library.ts): plain text with each match
 * between « and ». Split into parts so the UI can mark the matches without ever parsing HTML.
 */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export function splitSnippet(snippet: string): SnippetPart[] {
  return snippet
    .split(/«([^»]*)»/)
    .map((text, i) => ({ text, match: i % 2 === 1 }))
    .filter((part) => part.text !== '');
}
