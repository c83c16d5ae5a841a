import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator } from 'playwright-core';
import { aDraftWith, aService } from '../support/draft-builders';
import { exampleText } from '../support/openapi-examples';
import { devInvokeData, saveDraftOver } from '../support/dev-invoke';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(30_000);

const host = useHostPage({ pageTimeoutMs: 10_000 });

/** Stores a draft with discovery written and the given services, then opens its Scoping step. */
async function openScoping(
  issueKey: string,
  services = aDraftWith([]).scoping.services,
  discovery: Parameters<typeof aDraftWith>[1] = {},
) {
  await saveDraftOver(host.stack.hostUrl, issueKey, aDraftWith(services, discovery));
  await host.visit(`/browse/${issueKey}`, 'member');
  const panel = host.page.frameLocator('iframe[data-module="jira:issuePanel"]');
  await panel.getByRole('button', { name: '2. Scoping' }).click();
  await panel.getByRole('heading', { name: 'Scoping' }).waitFor();
  return panel;
}

const dialog = (panel: FrameLocator) => panel.getByRole('dialog', { name: 'Import from OpenAPI' });

/**
 * Clicks a control of the modal. The modal is fixed inside the panel's frame, which Jira sizes to
 * its content, so it can sit below the fold: a person scrolls the page to it, and so does this
 * (Playwright's own scrolling does not move the page for a fixed element inside a frame).
 */
async function clickInModal(control: Locator): Promise<void> {
  await control.waitFor();
  const box = await control.boundingBox();
  if (box) await host.page.evaluate((y) => window.scrollBy(0, y - 200), box.y);
  await control.click();
}

describe('the issue panel: importing services from OpenAPI', () => {
  it('adds the petstore’s services to Scoping, saves them, and previews their issues', async () => {
    const panel = await openScoping('SHOP-2');
    await panel.getByRole('button', { name: 'Import from OpenAPI' }).click();
    const modal = dialog(panel);
    await modal.getByLabel('OpenAPI document', { exact: true }).fill(exampleText('petstore'));
    await clickInModal(modal.getByRole('button', { name: 'Preview' }));

    const found = modal.getByRole('list', { name: 'Services found' });
    await found.getByRole('checkbox', { name: 'Import pets' }).waitFor();
    const endpoints = modal.getByRole('list', { name: 'Endpoints of pets' }).getByRole('listitem');
    expect(await endpoints.allTextContents()).toEqual([
      'GET /pets List all pets',
      'POST /pets Create a pet',
      'GET /pets/{petId} Info for a specific pet',
    ]);
    const failures = modal.getByRole('list', { name: 'Failure modes of pets' });
    expect(await failures.getByRole('listitem').allTextContents()).toEqual([
      '500: any other error (unexpected error)',
    ]);
    await clickInModal(modal.getByRole('button', { name: 'Import 1 service' }));

    await panel
      .getByRole('status')
      .getByText(/^From Swagger Petstore: added pets\./)
      .waitFor();
    await panel.getByTestId('draft-status').getByText('Unsaved changes', { exact: true }).waitFor();
    // The petstore documents only a catch-all error, so the team adds the failure mode it knows of.
    await panel.getByRole('button', { name: '▸ pets' }).click();
    await panel.getByRole('button', { name: 'Add failure mode' }).click();
    await panel.getByLabel('Failure mode 2 condition', { exact: true }).fill('No pet has this id');
    await panel.getByLabel('Failure mode 2 HTTP status', { exact: true }).click();
    await panel.getByRole('option', { name: '404 Not Found', exact: true }).click();
    await panel
      .getByLabel('Failure mode 2 behaviour', { exact: true })
      .fill('Respond 404 with Error');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.getByTestId('draft-status').getByText('Saved', { exact: true }).waitFor();

    const stored = await devInvokeData<{ draft: { scoping: { services: { name: string }[] } } }>(
      host.stack.hostUrl,
      { issueKey: 'SHOP-2', functionKey: 'draft/get' },
    );
    expect(stored.draft.scoping.services.map((s) => s.name)).toEqual(['pets']);
    await panel.getByRole('button', { name: '3. Breakdown' }).click();
    const tree = panel.getByTestId('plan-tree');
    await tree.getByTestId('plan-item-service:pets').waitFor();
    await tree.getByTestId('plan-item-service:pets/errors').waitFor();
  });

  it('reads a chosen file, updates the service the draft already names, and imports only what is picked', async () => {
    const panel = await openScoping('SHOP-3', [aService('pets', { name: 'Pets' })]);
    await panel.getByRole('button', { name: 'Import from OpenAPI' }).click();
    const modal = dialog(panel);
    await modal.getByLabel('Or choose a file', { exact: true }).setInputFiles({
      name: 'petstore.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(exampleText('petstore')),
    });
    await clickInModal(modal.getByRole('button', { name: 'Preview' }));
    await modal.getByText(/^Updates the draft’s Pets: 2 endpoints added, 1 changed/).waitFor();
    expect(await modal.getByRole('button', { name: 'Import 1 service' }).isDisabled()).toBe(false);
    await modal.getByRole('checkbox', { name: 'Import pets' }).uncheck();
    expect(await modal.getByRole('button', { name: 'Import 0 services' }).isDisabled()).toBe(true);
  });

  it('shows why a document cannot be read, and is used from the keyboard alone', async () => {
    const panel = await openScoping('SHOP-3');
    await panel.getByRole('button', { name: 'Import from OpenAPI' }).focus();
    await host.page.keyboard.press('Enter');
    const modal = dialog(panel);
    const document = modal.getByLabel('OpenAPI document', { exact: true });
    await document.waitFor();
    await document.focus();
    await host.page.keyboard.insertText(
      'swagger: "2.0"\ninfo: {title: Old, version: "1"}\npaths: {}\n',
    );
    await modal.getByRole('button', { name: 'Preview' }).focus();
    await host.page.keyboard.press('Enter');
    await modal.getByText(/only OpenAPI 3\.0 and 3\.1 can be imported/).waitFor();
    await host.page.keyboard.press('Escape');
    await dialog(panel).waitFor({ state: 'detached' });
  });

  it('imports Atlassian’s Jira spec (2.4 MB) by reading it in the browser and sending only what the import needs', async () => {
    const panel = await openScoping('SHOP-3');
    await panel.getByRole('button', { name: 'Import from OpenAPI' }).click();
    const modal = dialog(panel);
    const spec = path.join(
      __dirname,
      '..',
      '..',
      'vendor',
      'atlassian',
      'jira-platform-openapi.json',
    );
    await modal.getByLabel('Or choose a file', { exact: true }).setInputFiles({
      name: 'jira-platform-openapi.json',
      mimeType: 'application/json',
      buffer: readFileSync(spec),
    });
    await clickInModal(modal.getByRole('button', { name: 'Preview' }));
    // Reading 2.4 MB takes seconds on a busy machine: a generous bound keeps speed out of it.
    await modal
      .getByText(/^Found in The Jira Cloud platform REST API/)
      .waitFor({ timeout: 100_000 });
    const services = modal.getByRole('list', { name: 'Services found' }).locator(':scope > li');
    expect(await services.count()).toBeGreaterThan(20);
    await modal.getByRole('list', { name: 'Endpoints of Issues' }).waitFor();
  }, 120_000);

  it('lists every problem of a large document with its line in the text the person gave', async () => {
    const panel = await openScoping('SHOP-3');
    await panel.getByRole('button', { name: 'Import from OpenAPI' }).click();
    const modal = dialog(panel);
    // The petstore, padded past what is sent whole, with two operations sharing an operationId.
    const text = exampleText('petstore').replace(
      'operationId: createPets',
      'operationId: listPets',
    );
    const padded = `${text}\n# ${'padding '.repeat(80_000)}\n`;
    await modal.getByLabel('Or choose a file', { exact: true }).setInputFiles({
      name: 'petstore.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(padded),
    });
    await clickInModal(modal.getByRole('button', { name: 'Preview' }));
    const problems = modal.getByRole('list', { name: 'Problems in the document' });
    await problems.waitFor();
    const line =
      text.split('\n').findIndex((l, i) => i > 20 && l.includes('operationId: listPets')) + 1;
    expect(await problems.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(
        new RegExp(`^Line ${String(line)}: The operationId "listPets" is used again`),
      ),
    ]);
  });

  it('downloads the saved services as an OpenAPI document, the deliverable of an OpenAPI-sketch spike', async () => {
    const panel = await openScoping('SHOP-3', [aService('pets', { name: 'Pets' })], {
      spike: { kind: 'openapi-sketch', timeboxDays: 2, goal: 'Agree on the pets API' },
    });
    await panel.getByText('The OpenAPI sketch spike’s deliverable').waitFor();
    const download = host.page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download OpenAPI (YAML)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/-openapi\.yaml$/);
    await panel
      .getByRole('status')
      .getByText(/^Downloaded .*-openapi\.yaml\./)
      .waitFor();
  });
});
