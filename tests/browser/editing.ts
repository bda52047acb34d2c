import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

/** Runs the API's user or token command against the server's database; resolves with what it printed. */
export function runAdminCli(command: 'user' | 'token', args: string[], databaseUrl: string, stdin = '') {
  const script = require.resolve(`@parley/api/dist/cli/${command}.js`);
  return new Promise<string>((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [script, ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' } },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${command} ${args.join(' ')}: ${stderr}`)) : resolve(stdout),
    );
    child.stdin?.end(stdin);
  });
}

/** The seed story's reader, and a sentence of it the editing specs select and annotate. */
export const READER = '/documents/us-venezuela-talks-2024-04-11';
export const SENTENCE =
  'Maria Corina Machado, who won an October opposition primary, and her little-known substitute, Corina Yoris, have been barred from running in this year’s presidential race.';
/** The password every editor the specs create signs in with. */
export const PASSWORD = 'a long enough password';

/** Creates an editor with `PASSWORD`, through the API's user command. */
export function createEditor(databaseUrl: string, name: string) {
  return runAdminCli(
    'user',
    ['create', '--role', 'editor', '--name', name, '--password-stdin'],
    databaseUrl,
    `${PASSWORD}\n`,
  );
}

/** Sends one GraphQL operation with an API token, as a script editing behind the page's back would. */
export async function graphqlWithToken(serverUrl: string, token: string, query: string, variables: object) {
  const response = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
}

/** Intent-level steps of an editor in the explorer. */
export function editing(page: Page) {
  const dialog = page.getByRole('dialog');
  const panel = page.getByRole('complementary', { name: /Facts supported/ });
  return {
    dialog,
    panel,
    async signIn(name: string, password: string) {
      await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await page.getByLabel('Name').fill(name);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('banner').getByText(`Signed in as ${name}`).waitFor();
    },
    async signOut() {
      await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    },
    /**
     * Selects the words of `sentence` in the article with a real range over its text (the runs the
     * reader draws), as a mouse drag would; returns their offsets in the document's text.
     */
    async selectWords(sentence: string) {
      // Once every page of evidence is in: drawing the highlights replaces the runs of text.
      await page
        .getByText(/^\d+ evidence spans$/)
        .or(page.getByText(/· \d+ evidence spans$/))
        .first()
        .waitFor();
      return page.evaluate((words) => {
        const article = document.querySelector('.article-text')!;
        // The article's text, with each character's text node and offset, to find the words across runs.
        const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
        const places: { node: Text; offset: number }[] = [];
        let text = '';
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let offset = 0; offset < node.data.length; offset++) places.push({ node, offset });
          text += node.data;
        }
        const at = text.indexOf(words);
        if (at < 0) throw new Error(`"${words}" is not in the article`);
        const first = places[at]!;
        const last = places[at + words.length - 1]!;
        const range = document.createRange();
        range.setStart(first.node, first.offset);
        range.setEnd(last.node, last.offset + 1);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        const runStart = (node: Text) =>
          Number(node.parentElement!.closest('[data-start]')!.getAttribute('data-start'));
        return { start: runStart(first.node) + first.offset, end: runStart(last.node) + last.offset + 1 };
      }, sentence);
    },
    /** Picks an actor in a typeahead of the open dialog. */
    async pickActor(label: string, typed: string, name: string) {
      await dialog.getByRole('combobox', { name: label }).fill(typed);
      await dialog
        .getByRole('option', { name: new RegExp(name) })
        .first()
        .click();
    },
    /** Opens the facts of the passage starting at `start`, pinned in the panel. */
    async openFactsAt(start: number) {
      await page.locator(`.article-text mark[data-start="${start}"]`).first().click();
      await panel.getByRole('heading', { name: 'What these words support' }).waitFor();
    },
    /** The facts panel's item for the relation whose summary is `summary`. */
    factWithSummary(summary: string) {
      return panel.locator('.facts-list > li').filter({ hasText: summary });
    },
    /** A row of the conflict's table, by its field: the field, the editor's value, the saved one, and "Differs" or "Same". */
    async conflictRow(field: string) {
      const row = dialog.getByRole('row').filter({ has: page.getByRole('rowheader', { name: field, exact: true }) });
      return (await row.locator('th, td').allTextContents()).map((text) => text.trim());
    },
    /** axe-core's serious and critical findings on the page as it stands. */
    async accessibilityViolations(): Promise<string[]> {
      await page.evaluate(readFileSync(AXE_SCRIPT, 'utf8'));
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(): Promise<{ violations: { id: string; impact?: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        return (await axe.run()).violations;
      });
      return violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    },
    async expectNoEditingControls() {
      expect(await page.getByRole('button', { name: 'Add fact' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    },
  };
}
