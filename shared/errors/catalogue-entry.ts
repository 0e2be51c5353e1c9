/** One catalogue entry: the parameter names and the zh-CN and English templates (i18next `{{name}}`). */
export interface CatalogueEntry {
  readonly params: readonly string[];
  readonly zh: string;
  readonly en: string;
}
