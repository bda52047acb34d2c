import { expect, it } from 'vitest';
import { describeInBrowser } from '../support/environment.js';
import { useExplorer } from './explorer-suite.js';

describeInBrowser('statements and figures', () => {
  const suite = useExplorer();

  it('answers "who declined to comment?" in two clicks from the overview', async () => {
    const { ui, session } = suite;
    await ui.open('/');
    await session.page.getByRole('link', { name: /Who declined to comment/ }).click();
    const speakers = await ui.statementSpeakers();
    expect(speakers).toEqual(
      expect.arrayContaining([
        'US National Security Council',
        'Venezuelan Affairs Unit',
        'Venezuela’s information ministry',
      ]),
    );
    expect(await ui.statementKinds()).toEqual(expect.arrayContaining(['Declined to comment', 'Did not reply']));
    expect(new Set(await ui.statementKinds())).toEqual(new Set(['Declined to comment', 'Did not reply']));
  });

  it('lists every statement with its speaker, and Back returns to the previous kinds', async () => {
    const { ui, session } = suite;
    await ui.open('/statements');
    const all = await ui.statementKinds();
    expect(new Set(all)).toEqual(new Set(['Quoted', 'Said', 'Declined to comment', 'Did not reply']));
    // The filter lives in the address: the box turns checked once the page has navigated, which
    // may take longer than the click itself on a busy machine.
    const quoted = session.page.getByRole('checkbox', { name: 'Quoted' });
    await quoted.click();
    await expect.poll(() => quoted.isChecked()).toBe(true);
    await expect.poll(() => ui.statementKinds()).toEqual(['Quoted']);
    expect(await ui.statementSpeakers()).toContain('Luis Gilberto Murillo');
    await session.page.goBack();
    await expect.poll(async () => (await ui.statementKinds()).length).toBe(all.length);
  });

  it('says what the $2 billion is and who estimates it', async () => {
    const { ui, session } = suite;
    await ui.open('/');
    await session.page.getByRole('link', { name: /Which amounts are at stake/ }).click();
    const figure = session.page.locator('.figure-list > li').filter({ hasText: '$2B' });
    await figure.waitFor();
    const text = await figure.textContent();
    expect(text).toMatch(/Who estimates it/);
    expect(text).toMatch(/Says who/);
    expect(text).toMatch(/possible/);
  });
});
