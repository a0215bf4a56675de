import { siteData } from '../data/site-data.ts';
import type { Locale } from '../i18n/index.ts';
import { CHARTS } from './registry.ts';
import type { ChartModel } from './shared/model.ts';

const cache = new Map<string, Promise<ChartModel>>();

/** One chart's model in one language, built once per build from the collections. */
export function chartModel(id: string, locale: Locale): Promise<ChartModel> {
  const key = `${locale}:${id}`;
  let model = cache.get(key);
  if (!model) {
    const entry = CHARTS.find((c) => c.id === id);
    if (!entry) throw new Error(`charts: no chart “${id}”`);
    model = siteData().then((data) => entry.build(data, locale));
    cache.set(key, model);
  }
  return model;
}

/** Every chart's model in one language, in the gallery's order. */
export const allChartModels = (locale: Locale): Promise<ChartModel[]> =>
  Promise.all(CHARTS.map((c) => chartModel(c.id, locale)));
