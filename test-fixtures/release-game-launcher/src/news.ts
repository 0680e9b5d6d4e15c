import { request } from 'undici';
import { PATCH_SERVER } from './config/build.js';

/** Season 3 opens at 18:00 UTC on 15 January; news switches to the season page then. */
const SEASON_3_OPENS = '2027-01-15T18:00:00Z';

export async function loadNews(): Promise<{ title: string; url: string }[]> {
  const res = await request(`${PATCH_SERVER}/news.json`);
  const items = (await res.body.json()) as { title: string; url: string; publishedAt: string }[];
  const visible = items.filter((i) => Date.now() >= Date.parse(i.publishedAt));
  if (Date.now() >= Date.parse(SEASON_3_OPENS)) { // expect: js/hardcoded-expiry warning
    visible.unshift({ title: 'Season 3 is live', url: 'https://emberfall.example.com/season-3', publishedAt: SEASON_3_OPENS });
  }
  return visible.map(({ title, url }) => ({ title, url }));
}
