import { expect, it } from 'vitest';
import { describeInBrowser } from '../support/environment.js';
import { createEditor, editing, PASSWORD, READER, SENTENCE } from './editing.js';
import { useExplorer } from './explorer-suite.js';

const FIRST_SUMMARY = 'Opposition primary voters backed Machado.';
const EDITED_SUMMARY = 'Primary voters chose Machado as their candidate.';

describeInBrowser('the history in the explorer', () => {
  const suite = useExplorer({ bypassCSP: true });

  it(
    'adds a relation with a new actor in one mutation, shows it everywhere, then reverts its edit and its creation',
    { timeout: 120_000 },
    async () => {
      const { session, server, ui } = suite;
      const { page } = session;
      const editor = editing(page);
      await createEditor(server.databaseUrl, 'carla');
      const mutations: string[] = [];
      page.on('request', (request) => {
        const body = request.method() === 'POST' ? request.postData() : null;
        const query = body ? (JSON.parse(body) as { query?: string; operationName?: string }) : null;
        if (query?.query?.trimStart().startsWith('mutation')) mutations.push(query.operationName ?? '');
      });

      await ui.open(READER);
      await editor.signIn('carla', PASSWORD);

      // A relation whose source is a new actor, named by words of the same sentence: one mutation.
      const words = await editor.selectWords(SENTENCE);
      await page.getByRole('button', { name: 'Add fact' }).click();
      const source = editor.dialog.getByRole('group', { name: 'Source' });
      await source.getByLabel('Create a new actor').check();
      await source.getByLabel('Name of the new actor').fill('Opposition primary voters');
      await source.getByLabel('Words naming it in the article (if not its name)').fill('opposition primary');
      await source.getByLabel('Kind of actor').selectOption('GROUP');
      await editor.dialog.getByLabel('Kind', { exact: true }).selectOption('BACKED');
      await editor.pickActor('Target actor', 'Machado', 'Maria Corina Machado');
      await editor.dialog.getByLabel('Summary').fill(FIRST_SUMMARY);
      mutations.length = 0;
      await editor.dialog.getByRole('button', { name: 'Save relation' }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      expect(mutations).toEqual(['CreateRelationMutation']);
      await editor.openFactsAt(words.start);
      await editor.factWithSummary(FIRST_SUMMARY).waitFor();

      // On the new actor's page, with its evidence.
      await ui.openActor('opposition-primary-voters');
      const onActorPage = page
        .getByRole('region', { name: /^What .* did$/ })
        .locator('article.relation')
        .filter({ hasText: FIRST_SUMMARY });
      await onActorPage.waitFor();
      expect(await onActorPage.locator('.evidence q').allTextContents()).toContain(SENTENCE);

      // In the network around it: picked from the list, the relation shows its evidence.
      await ui.open('/network?focus=opposition-primary-voters');
      await page.locator('.network-layout[aria-busy="false"]').waitFor();
      await page.getByText(/^All \d+ relations shown, as a list$/).click();
      await page.getByRole('button', { name: 'Opposition primary voters backed Maria Corina Machado' }).click();
      const selected = page.getByRole('complementary', { name: 'Selected relation' });
      await selected.getByText(FIRST_SUMMARY).waitFor();
      expect(await selected.locator('.evidence q').allTextContents()).toContain(SENTENCE);

      // Edited from the reader's facts panel.
      await ui.open(READER);
      await editor.selectWords(SENTENCE);
      await editor.openFactsAt(words.start);
      await editor.factWithSummary(FIRST_SUMMARY).getByRole('button', { name: 'Edit' }).click();
      await editor.dialog.getByLabel('Summary').fill(EDITED_SUMMARY);
      await editor.dialog.getByRole('button', { name: 'Save changes' }).click();
      await editor.dialog.waitFor({ state: 'detached' });

      // Its history: the edit with the summary before and after, and the creation with the new actor.
      await editor.openFactsAt(words.start);
      const fact = editor.factWithSummary(EDITED_SUMMARY);
      await fact.getByText('History of the relation').click();
      const changes = fact.locator('li.change');
      const edit = changes.filter({ has: page.getByText('update Relation', { exact: true }) });
      const creation = changes.filter({ has: page.getByText('create Relation', { exact: true }) });
      await edit.waitFor();
      expect(await edit.locator('.field-changes').textContent()).toBe(`summary${FIRST_SUMMARY} → ${EDITED_SUMMARY}`);
      expect(await edit.textContent()).toContain('carla');
      expect(await creation.locator('.change-rows').textContent()).toContain(
        'Actor created: Opposition primary voters',
      );
      expect(await editor.accessibilityViolations()).toEqual([]);

      // Reverting the edit, then at once the creation: the reader's read-back of the first revert is
      // held until the second revert is done and the page asks again, so it answers last, as it does
      // on a slow connection. The relation must still leave the facts panel, without a reload.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let refreshing = () => {};
      const refreshed = new Promise<void>((resolve) => (refreshing = resolve));
      let reverts = 0;
      await page.route('**/graphql', async (route) => {
        const operation = (route.request().postDataJSON() as { operationName?: string } | null)?.operationName;
        if (operation === 'ReaderEvidenceQuery') {
          // The reader's read after both reverts goes straight through: the held, older one answers after it is sent.
          if (reverts === 2) {
            refreshing();
            return route.fallback();
          }
          const response = await route.fetch();
          await held;
          return route.fulfill({ response });
        }
        if (operation === 'RevertChangeMutation') {
          const response = await route.fetch();
          reverts += 1;
          expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
          return route.fulfill({ response });
        }
        // Or the page reads the history again after the second revert, in the same step as the reader's facts
        // (the panel may drop the reverted relation, and its history with it, before the reader asks).
        if (operation === 'NodeHistoryQuery' && reverts === 2) refreshing();
        return route.fallback();
      });
      await edit.getByRole('button', { name: 'Revert' }).click();
      await edit.getByText(/^Reverted .* by carla\.$/).waitFor();
      await fact
        .locator('li.change')
        .filter({ has: page.getByText('create Relation', { exact: true }) })
        .getByRole('button', { name: 'Revert' })
        .click();
      await refreshed;
      release();
      await fact.waitFor({ state: 'detached' });
      await page.unroute('**/graphql');
      expect(await editor.panel.getByText(FIRST_SUMMARY).count()).toBe(0);
      await ui.openActor('opposition-primary-voters');
      await page.getByRole('heading', { level: 1, name: 'No such actor' }).waitFor();

      // Every change is listed under "Recent changes"; a revert a later change stands in the way of is refused in words.
      await page.getByRole('banner').getByRole('link', { name: 'Recent changes' }).click();
      await page.getByRole('heading', { level: 1, name: 'Recent changes' }).waitFor();
      const recent = page.locator('li.change');
      await recent.first().waitFor();
      expect(await recent.first().locator('.change-head strong').textContent()).toMatch(
        /^Revert change \d+: create Relation$/,
      );
      const undoneEdit = recent.filter({ has: page.getByText(/^Revert change \d+: update Relation$/) });
      await undoneEdit.getByRole('button', { name: 'Revert' }).click();
      expect(await undoneEdit.getByRole('alert').textContent()).toMatch(/^Not reverted: .*revert it first\./);

      await editor.signOut();
      expect(await page.getByRole('banner').getByRole('link', { name: 'Recent changes' }).count()).toBe(0);
    },
  );
});
