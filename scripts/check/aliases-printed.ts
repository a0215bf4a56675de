/** A name form a record or glossary entry claims the sources print. */
export interface PrintedForm {
  /** For messages: `platforms/xyz alias`, `glossary/organisations.yaml 中科院`. */
  where: string;
  form: string;
}

/**
 * Every name and alias (“other printed form”) occurs in a seed. Spaces are ignored, since the
 * sources break lines and set spaces inconsistently around Latin letters and digits.
 */
export function checkFormsPrinted(forms: readonly PrintedForm[], texts: readonly string[]): string[] {
  const flat = texts.map((t) => t.replace(/\s+/gu, ''));
  return forms
    .filter((f) => !flat.some((t) => t.includes(f.form.replace(/\s+/gu, ''))))
    .map((f) => `${f.where}: “${f.form}” is not printed in any source`);
}
