// What the e2e tests check against, loaded once: the texts of every language and the public ids.
import { readFileSync } from "node:fs";

/**
 * The facts from the Rust tables: tests/data/facts.json, which `cargo test --test facts` writes
 * (and fails once when it had to rewrite it).
 */
const FACTS = JSON.parse(readFileSync(new URL("../data/facts.json", import.meta.url)));

/** The language codes, in the app's order (Lang::ALL). */
export const LANGS = FACTS.langs;

/** `L.uk.step.registration.title`: locales/*.json as the app ships them. */
export const L = Object.fromEntries(
  LANGS.map((l) => [l, JSON.parse(readFileSync(new URL(`../../locales/${l}.json`, import.meta.url)))]),
);

/** The public ids (never renamed: QR codes point at them). */
export const STEPS = FACTS.pages.filter((p) => p.kind === "step").map((p) => p.id);
export const TOPICS = FACTS.pages.filter((p) => p.kind === "topic").map((p) => p.id);
export const PAGES = FACTS.pages.map(({ kind, id }) => ({ kind, id }));

/** The task ids and the step each is ticked on. */
export const TASKS = FACTS.tasks.map(({ id, step }) => ({ id, step }));

const KEYS = new Map(FACTS.pages.map((p) => [p.id, p.key]));

/** The locale key of a page id ("return" is a Rust keyword: its key is "return_home"). */
export const key = (id) => {
  if (!KEYS.has(id)) throw new Error(`no page "${id}" in tests/data/facts.json`);
  return KEYS.get(id);
};

/** The guide's review date (src/content/journey.rs REVIEWED), [y, m, d]. */
export const REVIEWED = FACTS.reviewed;

/**
 * A date as the app writes it in a language ("2 грудня 2026", "2. desember 2026"): the app's
 * own text (texts::checklist::format_date), for the dates tests/facts.rs lists.
 */
export const formatDate = (lang, [y, m, d]) => {
  const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const text = FACTS.dates[iso]?.[lang];
  if (text === undefined) throw new Error(`no text for ${iso} in ${lang} in tests/data/facts.json (tests/facts.rs)`);
  return text;
};

/** The change log's newest entry (src/content/changes.rs): { key, date, pages }. */
export const NEWEST_CHANGE = FACTS.newest_change;
