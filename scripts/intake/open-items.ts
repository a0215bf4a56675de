/**
 * What an editor must still do for a draft document. Curation gates add an item here instead
 * of failing when the document they concern is a draft; for a reviewed document they still fail.
 */
export interface OpenItem {
  /** Slug of the document the item concerns. */
  doc: string;
  /** The gate that reported it: manifest, tables, policies, platforms, translation, structure. */
  gate: string;
  /** Where, inside the document (an anchor) or the manifest (a field); empty when it is the whole document. */
  where: string;
  message: string;
}

/** Collects open items; `drafts` are the slugs whose gates report rather than fail. */
export class OpenItems {
  readonly items: OpenItem[] = [];
  readonly drafts: ReadonlySet<string>;
  constructor(drafts: ReadonlySet<string> = new Set()) {
    this.drafts = drafts;
  }

  isDraft(doc: string): boolean {
    return this.drafts.has(doc);
  }

  add(item: OpenItem): void {
    this.items.push(item);
  }
}
