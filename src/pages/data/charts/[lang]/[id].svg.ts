import type { APIRoute, GetStaticPaths } from 'astro';
import { chartModel } from '../../../../charts/load.ts';
import { CHARTS } from '../../../../charts/registry.ts';
import { LOCALES, type Locale } from '../../../../i18n/index.ts';

/** Each chart as a standalone SVG file, written at build time from the same layout as the page. */
export const getStaticPaths: GetStaticPaths = () =>
  LOCALES.flatMap((lang) => CHARTS.map((c) => ({ params: { lang, id: c.id } })));

export const GET: APIRoute = async ({ params }) => {
  const model = await chartModel(params.id!, params.lang as Locale);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${model.file}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
