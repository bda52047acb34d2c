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
      const conflict = editor.dialog.getByRole('alert');
      await conflict.getByText(/Someone saved this relation after you opened it/).waitFor();
      expect(await conflict.getByRole('region', { name: 'The current version' }).textContent()).toContain(
        'Someone else’s summary.',
      );
      expect(await conflict.getByRole('region', { name: 'Your version' }).textContent()).toMatch(/threatened/);
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
});
