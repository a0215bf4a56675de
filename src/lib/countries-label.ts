/**
 * The label of a record's country list: “Partner countries” when it names a partner abroad;
 * “Country” when the record is domestic (China only), where “partner” would misread.
 */
export const countriesLabelKey = (countries: readonly string[]): 'record.countries' | 'record.countriesDomestic' =>
  countries.length > 0 && countries.every((c) => c === 'CN') ? 'record.countriesDomestic' : 'record.countries';
