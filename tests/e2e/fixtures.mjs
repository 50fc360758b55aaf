// What the e2e tests check against, loaded once: the texts of every language and the public ids.
import { readFileSync } from "node:fs";

export const LANGS = ["uk", "ru", "en", "nb"];

/** `L.uk.step.registration.title`: locales/*.json as the app ships them. */
export const L = Object.fromEntries(
  LANGS.map((l) => [l, JSON.parse(readFileSync(new URL(`../../locales/${l}.json`, import.meta.url)))]),
);

/** The public ids (never renamed: QR codes point at them). */
export const STEPS = ["registration", "tb-test", "d-number", "eid", "residence-card", "settlement"];
export const TOPICS = [
  "eligibility", "waiting", "rights", "introduction-programme", "online-user", "extension",
  "travel", "child-born-in-norway", "return", "rejected", "help", "arrival-centre", "money",
];
export const PAGES = [
  ...STEPS.map((id) => ({ kind: "step", id })),
  ...TOPICS.map((id) => ({ kind: "topic", id })),
];

/** The locale key of a page id ("return" is a Rust keyword). */
export const key = (id) => (id === "return" ? "return_home" : id.replaceAll("-", "_"));

/** A date as the app writes it in a language: "26 листопада 2026 р.", "26. november 2026". */
export const formatDate = (lang, [y, m, d]) =>
  L[lang].checklist.date_format
    .replace("{d}", String(d))
    .replace("{month}", L[lang].checklist.months.split("|")[m - 1])
    .replace("{y}", String(y));

/** The guide's review date (src/content/journey.rs REVIEWED). */
export const REVIEWED = [2026, 12, 2];
