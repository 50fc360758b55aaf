// State that must follow the address or the stored data, as a person meets it (issue #26): a
// language switch keeps the query and the fragment, Back brings the search box along, "Save
// name" saves the name shown, and answers not yet saved survive other changes in Settings,
// including showing another person.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { inspect } from "node:util";
import { L } from "./fixtures.mjs";
import { addPerson, expectText, pickLanguage, rendered, startBoth, stopBoth, withPage } from "./harness.mjs";

const { en, uk, nb } = L;

let server, browser;
before(async () => ({ server, browser } = await startBoth()));
after(() => stopBoth({ server, browser }));

/** Waits until an input's value is `expected` (polls for up to 10 s, like expectText). */
async function expectValue(locator, expected, message) {
  const deadline = Date.now() + 10_000;
  let last;
  do {
    last = await locator.inputValue();
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 50));
  } while (Date.now() < deadline);
  assert.equal(last, expected, `${message ? message + ": " : ""}the value of ${locator} is ${inspect(expected)}`);
}

/** The address is `path` + `rest` (query and fragment). */
const at = (page, path, rest) => page.waitForURL((u) => u.pathname === path && u.search + u.hash === rest);

const switcher = (page, name) => ({ click: () => pickLanguage(page, name) });

test("switching language keeps the search query and the fragment", async () => {
  await withPage(browser, server, { locale: "en-GB" }, async ({ page, problems }) => {
    await page.goto("/en/search?q=udi");
    await rendered(page);
    await page.locator(".hits li").first().waitFor();
    await switcher(page, "Українська").click();
    await at(page, "/uk/search", "?q=udi");
    await page.getByRole("heading", { level: 1, name: uk.search.title }).waitFor();
    await expectValue(page.getByLabel(uk.search.label), "udi", "the box keeps the query");
    await page.locator(".hits li[lang=uk]").first().waitFor();

    // A task on a step's page: the link to it survives the switch.
    await page.goto("/en/step/tb-test#t-tb-test");
    await rendered(page);
    await switcher(page, "Norsk bokmål").click();
    await at(page, "/nb/step/tb-test", "#t-tb-test");
    await page.getByRole("heading", { level: 1, name: nb.step.tb_test.title }).waitFor();
    assert.deepEqual(problems.errors, []);
  });
});

test("Back after two searches shows the first one in the box, the address and the results", async () => {
  await withPage(browser, server, { locale: "en-GB" }, async ({ page, problems }) => {
    await page.goto("/en/");
    await rendered(page);
    const box = page.getByLabel(en.search.label);
    const hits = page.locator(".hits");
    await box.fill("udi");
    await box.press("Enter");
    await at(page, "/en/search", "?q=udi");
    await hits.waitFor();
    const udi = await hits.textContent();

    await box.fill("police");
    await box.press("Enter");
    await at(page, "/en/search", "?q=police");
    const changed = (before) => page.waitForFunction((t) => document.querySelector(".hits")?.textContent !== t, before);
    await changed(udi);
    const police = await hits.textContent();
    // Typed but not searched for: the results follow it, the next move drops it.
    await box.fill("tuberculosis");
    await changed(police);

    await page.goBack();
    await at(page, "/en/search", "?q=udi");
    await expectText(hits, udi, "the results are for udi again");
    await expectValue(box, "udi", "the box follows the address");
    await page.goForward();
    await at(page, "/en/search", "?q=police");
    await expectText(hits, police, "forward: the results are for police");
    await expectValue(box, "police", "forward: the box too");
    assert.deepEqual(problems.errors, []);
  });
});

test("\"Save name\" without typing keeps the stored name", async () => {
  await withPage(browser, server, { locale: "en-GB" }, async ({ page, problems }) => {
    await page.goto("/en/settings");
    await rendered(page);
    const name = page.getByLabel(en.checklist.profile_name);
    const save = page.getByRole("button", { name: en.checklist.rename });
    await name.fill("Anna");
    await save.click();
    await expectText(page.locator("#profile option:checked"), "Anna");

    // Another day: the field shows the stored name, and saving it again changes nothing.
    await page.reload();
    await rendered(page);
    await expectValue(name, "Anna", "the field starts from the stored name");
    await save.click();
    await page.reload();
    await rendered(page);
    await expectText(page.locator("#profile option:checked"), "Anna", "the name is kept");
    await expectValue(name, "Anna");
    assert.deepEqual(problems.errors, []);
  });
});

test("answers not yet saved survive saving a name, and are then saved", async () => {
  await withPage(browser, server, { locale: "en-GB" }, async ({ page, problems }) => {
    await page.goto("/en/settings");
    await rendered(page);
    const housing = page.getByRole("group", { name: en.questions.housing });
    const route = page.getByRole("group", { name: en.questions.route });
    const privately = housing.getByLabel(en.questions.housing_private);
    const imdi = route.getByLabel(en.questions.route_imdi);
    await privately.check();
    await imdi.check();

    await page.getByLabel(en.checklist.profile_name).fill("Anna");
    await page.getByRole("button", { name: en.checklist.rename }).click();
    await expectText(page.locator("#profile option:checked"), "Anna");
    assert.ok(await privately.isChecked(), "the housing answer is still chosen");
    assert.ok(await imdi.isChecked(), "the settlement answer is still chosen");

    await page.getByRole("button", { name: en.questions.save }).click();
    await page.getByRole("status").filter({ hasText: en.questions.saved }).waitFor();
    await page.reload();
    await rendered(page);
    assert.ok(await privately.isChecked(), "saved for Anna");
    assert.ok(await imdi.isChecked(), "saved for Anna");

    // Another person gets their own answers, and Anna's come back with her.
    await addPerson(page, "en");
    await expectText(page.locator("#profile option:checked"), en.checklist.profile_n.replace("{{ n }}", "2"));
    assert.ok(!(await privately.isChecked()), "a new person starts with no answers");
    await page.locator("#profile").selectOption({ label: "Anna" });
    await expectText(page.locator("#profile option:checked"), "Anna");
    assert.ok(await privately.isChecked(), "Anna's answers again");
    // Deleting everything leaves no answer on screen either.
    await page.getByRole("button", { name: en.data.delete }).click();
    await page.getByRole("button", { name: en.data.delete_yes }).click();
    await page.getByText(en.data.deleted).waitFor();
    assert.ok(!(await privately.isChecked()), "nothing is left after deleting");
    assert.deepEqual(problems.errors, []);
  });
});

test("answers not yet saved stay with their person when another person is shown", async () => {
  await withPage(browser, server, { locale: "en-GB" }, async ({ page, problems }) => {
    await page.goto("/en/settings");
    await rendered(page);
    const housing = page.getByRole("group", { name: en.questions.housing });
    const privately = housing.getByLabel(en.questions.housing_private);
    const centre = housing.getByLabel(en.questions.housing_centre);
    const me = en.checklist.me;
    const second = en.checklist.profile_n.replace("{{ n }}", "2");
    await privately.check();

    // Adding a person shows them with no answers; the first person's choice was saved for them.
    await addPerson(page, "en");
    await expectText(page.locator("#profile option:checked"), second);
    assert.ok(!(await privately.isChecked()), "the new person starts with no answers");
    // The same from the list, back and forth, with a choice for the second person too.
    await centre.check();
    await page.locator("#profile").selectOption({ label: me });
    await expectText(page.locator("#profile option:checked"), me);
    assert.ok(await privately.isChecked(), "the first person's answer is back");

    await page.reload();
    await rendered(page);
    assert.ok(await privately.isChecked(), "and stored");
    await page.locator("#profile").selectOption({ label: second });
    await expectText(page.locator("#profile option:checked"), second);
    assert.ok(await centre.isChecked(), "the second person's answer was kept too");

    // "Skip for now" keeps what is stored, and the form shows it again.
    await privately.check();
    await page.getByRole("button", { name: en.questions.skip }).click();
    assert.ok(await centre.isChecked(), "skipping shows the stored answer again");
    await page.locator("#profile").selectOption({ label: me });
    await expectText(page.locator("#profile option:checked"), me);
    await page.locator("#profile").selectOption({ label: second });
    await expectText(page.locator("#profile option:checked"), second);
    assert.ok(await centre.isChecked(), "nothing skipped was saved");
    assert.deepEqual(problems.errors, []);
  });
});
