import type { Country, GlossaryEntry } from '../schemas/records.ts';

/** Looks up English names by any printed Chinese form (name or alias). */
export class NameIndex {
  readonly #byTerm = new Map<string, GlossaryEntry>();
  readonly #byCountry = new Map<Country, GlossaryEntry>();

  constructor(entries: readonly GlossaryEntry[]) {
    for (const e of entries) {
      for (const term of [e.zh, ...e.aliases]) if (!this.#byTerm.has(term)) this.#byTerm.set(term, e);
      if (e.country && e.kind === 'country') this.#byCountry.set(e.country, e);
    }
  }

  /** The glossary entry for a printed name, or undefined. */
  entry(zh: string): GlossaryEntry | undefined {
    return this.#byTerm.get(zh);
  }

  /** The English name of a printed Chinese name, or null when the glossary lacks it. */
  en(zh: string): string | null {
    return this.#byTerm.get(zh)?.en ?? null;
  }

  country(code: Country): GlossaryEntry {
    const e = this.#byCountry.get(code);
    if (!e) throw new Error(`glossary: no country entry for ${code}`);
    return e;
  }
}
