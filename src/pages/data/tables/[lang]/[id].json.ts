import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../../data/site-data.ts';
import { LOCALES, type Locale } from '../../../../i18n/index.ts';
import { tableFiles } from '../../_lib/table-files.ts';

/** Each table as printed, in one language, for the download on its page (see table-download.ts). */
export const getStaticPaths: GetStaticPaths = async () => {
  const { tables } = await siteData();
  return LOCALES.flatMap((lang) => tables.map((x) => ({ params: { lang, id: x.id } })));
};

export const GET: APIRoute = async ({ params }) =>
  new Response((await tableFiles(params.id!, params.lang as Locale)).json, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
