import type { APIRoute, GetStaticPaths } from 'astro';
import { chartModel } from '../../../../charts/load.ts';
import { CHARTS } from '../../../../charts/registry.ts';
import { LOCALES, type Locale } from '../../../../i18n/index.ts';

/** Each chart's plotted data as CSV (UTF-8 with BOM), written at build time. */
export const getStaticPaths: GetStaticPaths = () =>
  LOCALES.flatMap((lang) => CHARTS.map((c) => ({ params: { lang, id: c.id } })));

export const GET: APIRoute = async ({ params }) => {
  const model = await chartModel(params.id!, params.lang as Locale);
  return new Response(model.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
