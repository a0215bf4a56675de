/**
 * Ends a citation element with a full stop unless it already ends with one (or ? !). English
 * styles put it inside a closing quotation mark: `Table “Trade, 2013.”`
 */
export function sentence(text: string): string {
  if (/[.?!。？！][”’]?$/u.test(text)) return text;
  return /”$/u.test(text) ? `${text.slice(0, -1)}.”` : `${text}.`;
}

/**
 * Double quotation marks inside a title that is itself put in double quotes become single ones
 * (Chicago 6.11): `“一带一路”` inside `“…”` → `‘一带一路’`.
 */
export const nestQuotes = (text: string): string => text.replace(/“/gu, '‘').replace(/”/gu, '’');
