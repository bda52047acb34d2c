import { expect, it } from 'vitest';
import { describeInBrowser } from '../support/environment.js';
import { createEditor, editing, graphqlWithToken, PASSWORD, READER, runAdminCli, SENTENCE } from './editing.js';
import { useExplorer } from './explorer-suite.js';

describeInBrowser('editing in the explorer', () => {
  const suite = useExplorer({ bypassCSP: true });

  it(
    'lets an editor add a relation from selected words, edit it through a conflict, and delete it',
    { timeout: 120_000 },
    async () => {
      const { session, server, ui } = suite;
      const { page } = session;
      const editor = editing(page);
      await createEditor(server.databaseUrl, 'alice');
      const token = (
        await runAdminCli('token', ['create', '--user', 'alice', '--label', 'spec'], server.databaseUrl)
      ).trim();

      // Signing in: the form is accessible, and the header then names the editor.
      await ui.open('/sign-in');
      expect(await editor.accessibilityViolations()).toEqual([]);
      // A wrong password is refused in words the page announces.
      await page.getByLabel('Name').fill('alice');
      await page.getByLabel('Password').fill('not the password at all');
      await page.getByRole('button', { name: 'Sign in' }).click();
      const refusal = page.getByRole('main').getByRole('alert');
      await refusal.waitFor();
      expect(await refusal.textContent()).toMatch(/^Not signed in:/);
      expect(await editor.accessibilityViolations()).toEqual([]);
      await ui.open(READER);
      await editor.signIn('alice', PASSWORD);
      // Signing in leads back to the page it started from.
      expect(new URL(page.url()).pathname).toBe(READER);

      // Selecting a sentence offers "Add fact", whose form adds a relation between two story actors.
      await ui.open(READER);
      const words = await editor.selectWords(SENTENCE);
      await page.getByRole('button', { name: 'Add fact' }).click();
      await editor.dialog.getByRole('heading', { name: 'Add a fact' }).waitFor();
      expect(await editor.dialog.locator('.fact-quote').textContent()).toBe(SENTENCE);
      await editor.pickActor('Source actor', 'Maduro', 'Nicolás Maduro');
      await editor.dialog.getByLabel('Kind', { exact: true }).selectOption('BARRED');
      await editor.pickActor('Target actor', 'Yoris', 'Corina Yoris');
      await editor.dialog.getByLabel('Summary').fill('Maduro’s government barred Yoris from the race.');
      const preview = editor.dialog.getByRole('region', { name: 'Preview' });
      await preview.getByText('Corina Yoris', { exact: true }).waitFor();
      expect(await preview.textContent()).toMatch(
        /Nicolás Maduro barred Corina Yoris — Maduro’s government barred Yoris/,
      );
      expect(await editor.accessibilityViolations()).toEqual([]);
      await editor.dialog.getByRole('button', { name: 'Save relation' }).click();
      await editor.dialog.waitFor({ state: 'detached' });

      // The words are now highlighted, and the panel shows the new relation with them.
      await editor.openFactsAt(words.start);
      const added = editor.factWithSummary('Maduro’s government barred Yoris from the race.');
      await added.waitFor();
      expect(await added.locator('.fact-quote').textContent()).toBe(SENTENCE);

      // On the source actor's page, with its evidence, which leads back to the highlighted words.
      await ui.openActor('nicolas-maduro');
      const onActorPage = page
        .getByRole('region', { name: /^What .* did$/ })
        .locator('article.relation')
        .filter({ hasText: 'Maduro’s government barred Yoris from the race.' });
      await onActorPage.waitFor();
      expect(await onActorPage.locator('.evidence q').allTextContents()).toContain(SENTENCE);
      await ui.followEvidence(onActorPage);
      await ui.expectHighlighted(words.start, words.end);

      // Editing: the form is prefilled; the change shows in the panel.
      await editor.openFactsAt(words.start);
      await editor.factWithSummary('barred Yoris').getByRole('button', { name: 'Edit' }).click();
      const summary = editor.dialog.getByLabel('Summary');
      await summary.waitFor();
      expect(await summary.inputValue()).toBe('Maduro’s government barred Yoris from the race.');
      await summary.fill('Maduro’s government barred Yoris from running for president.');
      await editor.dialog.getByRole('button', { name: 'Save changes' }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      await editor.openFactsAt(words.start);
      const edited = editor.factWithSummary('barred Yoris from running for president.');
      await edited.waitFor();

      // A conflict: someone saves the relation after the form read it; the editor keeps their version.
      await edited.getByRole('button', { name: 'Edit' }).click();
      await editor.dialog.getByLabel('Modality').selectOption('THREATENED');
      const relations = await graphqlWithToken(
        server.url,
        token,
        '{ relations(filter: { kinds: [BARRED] }, first: 100) { nodes { id version summary } } }',
        {},
      );
      const nodes = (relations.data?.relations as { nodes: { id: string; version: number; summary: string }[] }).nodes;
      const ours = nodes.find((node) => node.summary.includes('running for president'))!;
      const behindTheBack = await graphqlWithToken(
        server.url,
        token,
        'mutation ($input: UpdateRelationInput!) { updateRelation(input: $input) { relation { version } } }',
        { input: { id: ours.id, version: ours.version, summary: 'Someone else’s summary.' } },
      );
      expect(behindTheBack.errors).toBeUndefined();
      await editor.dialog.getByRole('button', { name: 'Save changes' }).click();
      const conflict = editor.dialog.getByRole('region', { name: 'Saved by someone else meanwhile' });
      await conflict
        .getByRole('alert')
        .getByText(/^Someone saved this relation after you opened it \(it is now at version \d+\)\. 2 fields differ\./)
        .waitFor();
      // Field by field: the editor's value, the saved one, and whether they differ, in words.
      expect(await editor.conflictRow('Summary')).toEqual([
        'Summary',
        'Maduro’s government barred Yoris from running for president.',
        'Someone else’s summary.',
        'Differs',
      ]);
      expect(await editor.conflictRow('Modality')).toEqual(['Modality', 'threatened', 'actual', 'Differs']);
      expect(await editor.conflictRow('Source')).toEqual(['Source', 'Nicolás Maduro', 'Nicolás Maduro', 'Same']);
      expect(await editor.accessibilityViolations()).toEqual([]);
      await conflict.getByRole('button', { name: 'Keep mine' }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      const after = await graphqlWithToken(
        server.url,
        token,
        'query ($id: ID!) { node(id: $id) { ... on Relation { summary modality version } } }',
        { id: ours.id },
      );
      expect(after.data?.node).toEqual({
        summary: 'Maduro’s government barred Yoris from running for president.',
        modality: 'THREATENED',
        version: ours.version + 2,
      });

      // Deleting asks first; the relation then leaves the panel.
      await editor.openFactsAt(words.start);
      await editor.factWithSummary('running for president').getByRole('button', { name: 'Delete' }).click();
      await editor.dialog.getByText('The relation and its evidence will be deleted.').waitFor();
      await editor.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      const gone = await graphqlWithToken(server.url, token, 'query ($id: ID!) { node(id: $id) { id } }', {
        id: ours.id,
      });
      expect(gone.data?.node).toBeNull();
      await page.reload();
      await page.locator('.article-text mark').first().waitFor();
      expect(await page.getByText('running for president').count()).toBe(0);

      // Signed out, the reader offers no editing controls, even on selected words and facts.
      await editor.signOut();
      await ui.open(READER);
      await editor.selectWords(SENTENCE);
      await page.getByRole('button', { name: /^Copy link to/ }).waitFor();
      await page.locator('.article-text mark').first().click();
      await editor.panel.getByRole('heading', { name: 'What these words support' }).waitFor();
      await editor.expectNoEditingControls();
    },
  );

  it(
    'lets an editor add an article, annotate it with a relation to a new actor, a statement and an event, edit that actor and delete it with its relation',
    { timeout: 60_000 },
    async () => {
      const { session, server, ui } = suite;
      const { page } = session;
      const editor = editing(page);
      await createEditor(server.databaseUrl, 'bruno');
      await ui.open('/');
      await editor.signIn('bruno', PASSWORD);
      // The list of documents, read before the article exists (the page keeps it in its cache).
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Reader' }).click();
      await page.getByRole('heading', { level: 1, name: 'Reader' }).waitFor();
      await page.locator('main a[href^="/documents/"]').first().waitFor();
      await page.getByRole('banner').getByRole('link', { name: 'New article' }).click();
      await page.getByRole('heading', { level: 1, name: 'New article' }).waitFor();
      expect(await editor.accessibilityViolations()).toEqual([]);
      await page.getByLabel('Title').fill('Petro visits Caracas again');
      expect(await page.getByLabel(/^Slug/).inputValue()).toBe('petro-visits-caracas-again');
      await ui.pickActor('Publisher', 'Bloomberg', 'Bloomberg News');
      await page.getByLabel('Published').fill('2024-05-02');
      await page
        .getByLabel('Text', { exact: true })
        .fill('Colombian President Gustavo Petro flew to Caracas on Tuesday.');
      await page.getByRole('button', { name: 'Save and open in the reader' }).click();
      await page.waitForURL(/\/documents\/petro-visits-caracas-again$/);
      await page.getByRole('heading', { level: 1, name: 'Petro visits Caracas again' }).waitFor();
      expect(await page.locator('.article-text').textContent()).toBe(
        'Colombian President Gustavo Petro flew to Caracas on Tuesday.',
      );

      // It is listed among the documents at once.
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Reader' }).click();
      await page.getByRole('main').getByRole('link', { name: 'Petro visits Caracas again' }).click();
      await page.getByRole('heading', { level: 1, name: 'Petro visits Caracas again' }).waitFor();

      // Annotating it: a relation to an actor created on the way, vouched for by the article itself.
      const words = await editor.selectWords('Gustavo Petro flew to Caracas on Tuesday.');
      await page.getByRole('button', { name: 'Add fact' }).click();
      await editor.pickActor('Source actor', 'Petro', 'Gustavo Petro');
      await editor.dialog.getByLabel('Kind', { exact: true }).selectOption('VISITED');
      await editor.dialog.getByRole('group', { name: 'Target' }).getByLabel('Create a new actor').check();
      await editor.dialog.getByLabel('Name of the new actor').fill('Caracas city council');
      await editor.dialog.getByLabel('Words naming it in the article (if not its name)').fill('Caracas');
      await editor.dialog.getByLabel('Kind of actor').selectOption('ORGANIZATION');
      await editor.dialog.getByLabel('Summary').fill('Petro visited Caracas.');
      await editor.dialog.getByLabel('Date, in the article’s words (optional)').fill('Tuesday');
      expect(await editor.dialog.getByLabel('Who vouches for it').inputValue()).toBe('new');
      await editor.dialog.getByRole('button', { name: 'Save relation' }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      await editor.openFactsAt(words.start);
      await editor.factWithSummary('Petro visited Caracas.').waitFor();

      // The same words as the evidence of a statement and of an event with its participant.
      await editor.selectWords('Gustavo Petro flew to Caracas on Tuesday.');
      await page.getByRole('button', { name: 'Add fact' }).click();
      await editor.dialog.getByLabel('Statement').check();
      await editor.pickActor('Speaker', 'Petro', 'Gustavo Petro');
      await editor.dialog.getByLabel('Kind of statement').selectOption('PARAPHRASE');
      await editor.dialog.getByRole('region', { name: 'Preview' }).getByText('Said by Gustavo Petro').waitFor();
      await editor.dialog.getByRole('button', { name: 'Save statement' }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      await editor.selectWords('Gustavo Petro flew to Caracas on Tuesday.');
      await page.getByRole('button', { name: 'Add fact' }).click();
      await editor.dialog.getByLabel('Event').check();
      await editor.dialog.getByLabel('Title').fill('Petro in Caracas');
      await editor.dialog.getByLabel('Kind of event').selectOption('VISIT');
      await editor.dialog.getByLabel('Date, in the article’s words (optional)').fill('Tuesday');
      await editor.pickActor('Participant 1', 'Petro', 'Gustavo Petro');
      await editor.dialog.getByLabel('Role of participant 1 (optional)').fill('visitor');
      await editor.dialog.getByRole('button', { name: 'Save event' }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      await ui.toggleLayer('Statements');
      await ui.toggleLayer('Events');
      await editor.openFactsAt(words.start);
      await editor.panel.getByText(/Statement \(paraphrase\) by Gustavo Petro/).waitFor();
      await editor.panel.getByText('Event: Petro in Caracas').waitFor();
      await editor.panel.getByText(/Gustavo Petro at Petro in Caracas — visitor/).waitFor();

      // Any of them can be edited and deleted from the panel.
      const statement = editor.panel.locator('.facts-list > li').filter({ hasText: /Statement \(paraphrase\)/ });
      await statement.getByRole('button', { name: 'Edit' }).click();
      await editor.dialog.getByLabel('What was said').fill('Petro went to Caracas.');
      await editor.dialog.getByRole('button', { name: 'Save changes' }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      await editor.panel.getByText(/Statement \(paraphrase\) by Gustavo Petro: Petro went to Caracas\./).waitFor();
      await statement.getByRole('button', { name: 'Delete' }).click();
      await editor.dialog.getByText('The statement and its evidence will be deleted.').waitFor();
      await editor.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      await statement.waitFor({ state: 'detached' });
      await editor.panel.getByText('Event: Petro in Caracas').waitFor();

      // Deleting the new actor is refused while the relation refers to it; the editor deletes both.
      await ui.openActor('caracas-city-council');
      await page.getByRole('button', { name: 'Edit actor' }).click();
      await editor.dialog.getByLabel('Summary (optional)').fill('The city’s elected council.');
      await editor.dialog.getByRole('button', { name: 'Save changes' }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      await page.locator('.lede').getByText('The city’s elected council.').waitFor();
      await page.getByRole('button', { name: 'Delete actor' }).click();
      await editor.dialog.getByRole('button', { name: 'Delete', exact: true }).click();
      await editor.dialog.getByText('Other facts refer to Caracas city council:').waitFor();
      expect(await editor.dialog.getByRole('listitem').allTextContents()).toEqual(['1 relation']);
      await editor.dialog.getByRole('button', { name: 'Delete those too' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await ui.open('/documents/petro-visits-caracas-again');
      await page.locator('.article-text').waitFor();
      // No fact's words are highlighted; what the reader suggested for the article still is, for review.
      expect(await page.locator('.article-text mark:not([data-category="SUGGESTIONS"])').count()).toBe(0);
    },
  );
  it(
    'lets an editor add a position and a figure from selected words, edit them, and take the saved values after a conflict',
    { timeout: 120_000 },
    async () => {
      const { session, server, ui } = suite;
      const { page } = session;
      const editor = editing(page);
      await createEditor(server.databaseUrl, 'dora');
      const token = (
        await runAdminCli('token', ['create', '--user', 'dora', '--label', 'spec'], server.databaseUrl)
      ).trim();
      await ui.open(READER);
      await editor.signIn('dora', PASSWORD);

      // A position: an existing holder, a title, and an organisation created on the spot.
      const titleWords = 'Luis Barcenas, the head of Caracas-based economic firm Ecoanalitica';
      const titleAt = await editor.selectWords(titleWords);
      await page.getByRole('button', { name: 'Add fact' }).click();
      await editor.dialog.getByLabel('Position (who holds which office)').check();
      await editor.pickActor('Holder actor', 'Barcenas', 'Luis Barcenas');
      await editor.dialog.getByLabel('Title, as the article gives it').fill('Chief economist');
      const organisation = editor.dialog.getByRole('group', { name: 'Organisation' });
      await organisation.getByLabel('Create a new actor').check();
      await organisation.getByLabel('Name of the new actor').fill('Caracas economic firms');
      await organisation
        .getByLabel('Words naming it in the article (if not its name)')
        .fill('Caracas-based economic firm');
      await organisation.getByLabel('Kind of actor').selectOption('ORGANIZATION');
      const preview = editor.dialog.getByRole('region', { name: 'Preview' });
      await preview.getByText('Luis Barcenas', { exact: true }).waitFor();
      expect(await preview.locator('p').textContent()).toBe('Luis Barcenas: Chief economist — Caracas economic firms');
      expect(await editor.accessibilityViolations()).toEqual([]);
      await editor.dialog.getByRole('button', { name: 'Save position' }).click();
      await editor.dialog.waitFor({ state: 'detached' });

      // In the facts panel of its words, with Edit, whose form reads it back.
      await ui.toggleLayer('Names and titles');
      await editor.openFactsAt(titleAt.start);
      const inPanel = editor.panel
        .locator('.facts-list > li')
        .filter({ hasText: 'Position: Luis Barcenas, Chief economist' });
      await inPanel.getByRole('button', { name: 'Edit' }).click();
      await expect
        .poll(() => editor.dialog.getByLabel('Title, as the article gives it').inputValue())
        .toBe('Chief economist');
      await expect
        .poll(() => editor.dialog.getByRole('combobox', { name: 'Holder actor' }).inputValue())
        .toBe('Luis Barcenas');
      expect(await editor.dialog.getByLabel('Create a new actor').count()).toBe(0);
      await editor.dialog.getByRole('button', { name: 'Cancel' }).click();
      await editor.dialog.waitFor({ state: 'detached' });

      // On the holder's page, with its evidence; edited there.
      await ui.openActor('luis-barcenas');
      const positions = page.getByRole('region', { name: 'Positions' });
      const position = positions.getByRole('listitem').filter({ hasText: 'Chief economist' });
      await position.waitFor();
      expect(await position.getByRole('link', { name: 'Caracas economic firms' }).count()).toBe(1);
      expect(await position.locator('.evidence q').allTextContents()).toContain(titleWords);
      await position.getByRole('button', { name: 'Edit the position “Chief economist”' }).click();
      const title = editor.dialog.getByLabel('Title, as the article gives it');
      await title.waitFor();
      expect(await title.inputValue()).toBe('Chief economist');
      const picked = editor.dialog.getByRole('combobox', { name: 'Organisation actor' });
      await expect.poll(() => picked.inputValue()).toBe('Caracas economic firms');
      await title.fill('Head economist');
      await editor.dialog.getByLabel(/^Acting/).check();
      await editor.dialog.getByRole('button', { name: 'Save changes' }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      await positions
        .getByRole('listitem')
        .filter({ hasText: /^Acting Head economist — Caracas economic firms/ })
        .waitFor();

      // Someone renames it while the editor has it open: Cancel after the comparison keeps their title.
      await positions.getByRole('button', { name: 'Edit the position “Head economist”' }).click();
      await title.waitFor();
      await title.fill('Economist in chief');
      const held = await graphqlWithToken(
        server.url,
        token,
        '{ actor(slug: "luis-barcenas") { positions { id version title } } }',
        {},
      );
      const heldPositions = (held.data?.actor as { positions: { id: string; version: number; title: string }[] })
        .positions;
      const edited = heldPositions.find((candidate) => candidate.title === 'Head economist')!;
      const renamed = await graphqlWithToken(
        server.url,
        token,
        'mutation ($input: UpdatePositionInput!) { updatePosition(input: $input) { position { version } } }',
        { input: { id: edited.id, version: edited.version, title: 'Senior economist' } },
      );
      expect(renamed.errors).toBeUndefined();
      await editor.dialog.getByRole('button', { name: 'Save changes' }).click();
      await editor.dialog
        .getByRole('region', { name: 'Saved by someone else meanwhile' })
        .getByText(/Someone saved this position after you opened it .* One field differs\./)
        .waitFor();
      expect(await editor.conflictRow('Title')).toEqual(['Title', 'Economist in chief', 'Senior economist', 'Differs']);
      expect(await editor.conflictRow('Acting')).toEqual(['Acting', 'yes', 'yes', 'Same']);
      await editor.dialog.getByRole('button', { name: 'Cancel' }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      const after = await graphqlWithToken(
        server.url,
        token,
        'query ($id: ID!) { node(id: $id) { ... on Position { title version } } }',
        { id: edited.id },
      );
      expect(after.data?.node).toEqual({ title: 'Senior economist', version: edited.version + 1 });

      // A figure from other words; listed among the figures.
      await ui.open(READER);
      const amountWords = 'an additional $740 million in oil sales';
      const words = await editor.selectWords(amountWords);
      await page.getByRole('button', { name: 'Add fact' }).click();
      await editor.dialog.getByLabel('Figure (an amount)').check();
      await editor.dialog.getByLabel('Summary').fill('Oil sales the license added, October to March.');
      await editor.dialog.getByLabel('Amount', { exact: true }).fill('740000000');
      await editor.dialog.getByLabel('Period, in the article’s words (optional)').fill('From October until March');
      await editor.dialog.getByRole('button', { name: 'Save figure' }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Figures' }).click();
      const card = page.locator('li.figure').filter({ hasText: 'Oil sales the license added, October to March.' });
      await card.waitFor();
      expect(await card.getByRole('heading').textContent()).toMatch(/740/);
      expect(await card.locator('.evidence q').allTextContents()).toContain(amountWords);

      // Edited from the facts panel while someone else saves it: the saved values are shown beside
      // the editor's, and "Take theirs" puts them in the form, which then saves over them.
      await ui.open(`${READER}?layers=FIGURES`);
      await editor.selectWords(amountWords);
      await editor.openFactsAt(words.start);
      const figure = editor.panel
        .locator('.facts-list > li')
        .filter({ hasText: 'Figure: Oil sales the license added, October to March.' });
      await figure.getByRole('button', { name: 'Edit' }).click();
      const summary = editor.dialog.getByLabel('Summary');
      await summary.waitFor();
      expect(await summary.inputValue()).toBe('Oil sales the license added, October to March.');
      await summary.fill('My summary of the added oil sales.');
      const found = await graphqlWithToken(
        server.url,
        token,
        '{ figures(first: 100) { nodes { id version summary } } }',
        {},
      );
      const ours = (found.data?.figures as { nodes: { id: string; version: number; summary: string }[] }).nodes.find(
        (node) => node.summary === 'Oil sales the license added, October to March.',
      )!;
      const theirs = await graphqlWithToken(
        server.url,
        token,
        'mutation ($input: UpdateFigureInput!) { updateFigure(input: $input) { figure { version } } }',
        { input: { id: ours.id, version: ours.version, summary: 'Their summary.', amount: 750000000 } },
      );
      expect(theirs.errors).toBeUndefined();
      await editor.dialog.getByRole('button', { name: 'Save changes' }).click();
      const conflict = editor.dialog.getByRole('region', { name: 'Saved by someone else meanwhile' });
      await conflict
        .getByRole('alert')
        .getByText(/Someone saved this figure after you opened it/)
        .waitFor();
      expect(await editor.conflictRow('Summary')).toEqual([
        'Summary',
        'My summary of the added oil sales.',
        'Their summary.',
        'Differs',
      ]);
      expect(await editor.conflictRow('Amount')).toEqual(['Amount', '740000000', '750000000', 'Differs']);
      expect(await editor.conflictRow('Currency')).toEqual(['Currency', 'USD', 'USD', 'Same']);
      await conflict.getByRole('button', { name: 'Take theirs' }).click();
      expect(await summary.inputValue()).toBe('Their summary.');
      expect(await editor.dialog.getByLabel('Amount', { exact: true }).inputValue()).toBe('750000000');
      // Nothing was saved by taking theirs.
      const untouched = await graphqlWithToken(
        server.url,
        token,
        'query ($id: ID!) { node(id: $id) { ... on Figure { summary version } } }',
        { id: ours.id },
      );
      expect(untouched.data?.node).toEqual({ summary: 'Their summary.', version: ours.version + 1 });
      await editor.dialog.getByLabel(/^Measure/).fill('in oil sales');
      await editor.dialog.getByRole('button', { name: 'Save changes' }).click();
      await editor.dialog.waitFor({ state: 'detached' });
      await figure.waitFor({ state: 'detached' });
      await editor.panel.getByText('Figure: Their summary.').waitFor();
      const saved = await graphqlWithToken(
        server.url,
        token,
        'query ($id: ID!) { node(id: $id) { ... on Figure { summary amount measure version } } }',
        { id: ours.id },
      );
      expect(saved.data?.node).toEqual({
        summary: 'Their summary.',
        amount: 750000000,
        measure: 'in oil sales',
        version: ours.version + 2,
      });
    },
  );
});
