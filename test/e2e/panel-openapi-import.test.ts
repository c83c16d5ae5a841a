import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { aDraftWith, aService } from '../support/draft-builders';
import { exampleText } from '../support/openapi-examples';
import { devInvokeData, saveDraftOver } from '../support/dev-invoke';
import { useHostPage } from '../support/host-page-harness';
import { seriousAxeViolations } from '../support/axe';

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
  const panel = host.page.frameLocator('iframe[data-module="jira:issuePanel"]:not(.modal iframe)');
  await panel.getByRole('button', { name: '2. Scoping' }).click();
  await panel.getByRole('heading', { name: 'Scoping' }).waitFor();
  return panel;
}

/** The dialog the host page draws over the page, and the import's frame inside it. */
const hostDialog = () => host.page.getByRole('dialog', { name: 'Import from OpenAPI' });
const importFrame = () => hostDialog().frameLocator('iframe');

describe('the issue panel: importing services from OpenAPI', () => {
  it('adds the petstore’s services to Scoping, saves them, and previews their issues', async () => {
    const panel = await openScoping('SHOP-2');
    await panel.getByRole('button', { name: 'Import from OpenAPI' }).click();
    const modal = importFrame();
    await modal.getByLabel('OpenAPI document', { exact: true }).fill(exampleText('petstore'));
    await modal.getByRole('button', { name: 'Preview' }).click();

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
      '500: any other error, client or server (unexpected error)',
    ]);
    await modal.getByRole('button', { name: 'Import 1 service' }).click();

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
    const modal = importFrame();
    await modal.getByLabel('Or choose a file', { exact: true }).setInputFiles({
      name: 'petstore.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(exampleText('petstore')),
    });
    await modal.getByRole('button', { name: 'Preview' }).click();
    await modal.getByText(/^Updates the draft’s Pets: 2 endpoints added, 1 changed/).waitFor();
    expect(await modal.getByRole('button', { name: 'Import 1 service' }).isDisabled()).toBe(false);
    await modal.getByRole('checkbox', { name: 'Import pets' }).uncheck();
    expect(await modal.getByRole('button', { name: 'Import 0 services' }).isDisabled()).toBe(true);
  });

  it('shows why a document cannot be read, and is used from the keyboard alone', async () => {
    const panel = await openScoping('SHOP-3');
    await panel.getByRole('button', { name: 'Import from OpenAPI' }).focus();
    await host.page.keyboard.press('Enter');
    const modal = importFrame();
    const document = modal.getByLabel('OpenAPI document', { exact: true });
    await document.waitFor();
    // Focus starts in the document field: the person types straight away.
    await host.page.keyboard.insertText(
      'swagger: "1.2"\ninfo: {title: Old, version: "1"}\npaths: {}\n',
    );
    await modal.getByRole('button', { name: 'Preview' }).focus();
    await host.page.keyboard.press('Enter');
    await modal.getByText(/reads Swagger 2\.0 and OpenAPI 3\.0 and 3\.1/).waitFor();
    await host.page.keyboard.press('Escape');
    await hostDialog().waitFor({ state: 'detached' });
    // Focus is back on the button that opened it, in the panel.
    const focused = await panel
      .locator(':root')
      .evaluate(() => window.document.activeElement?.textContent ?? '');
    expect(focused).toBe('Import from OpenAPI');
  });

  it('opens over the page, centred where the person is looking, in light and dark, and keeps what was typed before', async () => {
    await host.page.setViewportSize({ width: 1280, height: 900 });
    // An issue per theme: the host page renders an issue afresh when the route changes.
    for (const [theme, issueKey] of [
      ['light', 'SHOP-2'],
      ['dark', 'SHOP-3'],
    ] as const) {
      const panel = await openScoping(issueKey);
      if (theme === 'dark') await host.page.getByLabel('Theme').selectOption('dark');
      // An unsaved service, typed before the import: the import must not lose it.
      await panel.getByLabel('New service name', { exact: true }).fill('Orders');
      await panel.getByRole('button', { name: 'Add service' }).click();
      await panel.getByRole('button', { name: 'Import from OpenAPI' }).click();
      const box = await hostDialog().boundingBox();
      expect(box).not.toBeNull();
      // Drawn by the host page, not inside the panel's frame, and centred in the window.
      expect(await hostDialog().locator('iframe[data-module="jira:issuePanel"]').count()).toBe(1);
      expect(Math.abs(box!.x + box!.width / 2 - 640)).toBeLessThanOrEqual(2);
      expect(Math.abs(box!.y + box!.height / 2 - 450)).toBeLessThanOrEqual(2);
      await importFrame()
        .getByLabel('OpenAPI document', { exact: true })
        .fill(exampleText('petstore'));
      await importFrame().getByRole('button', { name: 'Preview' }).click();
      await importFrame().getByRole('checkbox', { name: 'Import pets' }).waitFor();
      await host.page.screenshot({
        path: path.join('test-results', 'dialogs', `openapi-import-${theme}.png`),
      });
      const frame = await (await hostDialog().locator('iframe').elementHandle())?.contentFrame();
      expect(frame).toBeTruthy();
      expect(await seriousAxeViolations(frame!)).toEqual([]);
      await importFrame().getByRole('button', { name: 'Import 1 service' }).click();
      await hostDialog().waitFor({ state: 'detached' });
      await panel
        .getByRole('status')
        .getByText(/^From Swagger Petstore: added pets\./)
        .waitFor();
      await panel.getByRole('button', { name: /^[▸▾] Orders$/ }).waitFor();
      await panel.getByRole('button', { name: /^[▸▾] pets$/ }).waitFor();
    }
  });

  it('imports Atlassian’s Jira spec (2.4 MB) by reading it in the browser and sending only what the import needs', async () => {
    const panel = await openScoping('SHOP-3');
    await panel.getByRole('button', { name: 'Import from OpenAPI' }).click();
    const modal = importFrame();
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
    await modal.getByRole('button', { name: 'Preview' }).click();
    // Reading 2.4 MB takes seconds on a busy machine: a generous bound keeps speed out of it.
    await modal
      .getByText(/^Found in The Jira Cloud platform REST API/)
      .waitFor({ timeout: 100_000 });
    // Every one of the document's 100 services is offered, with its operation count.
    const services = modal.getByRole('list', { name: 'Services found' }).locator(':scope > li');
    expect(await services.count()).toBe(100);
    await modal.getByRole('list', { name: 'Endpoints of Issues' }).waitFor();
    // One past the first 25 (which alone are read at first) is read when chosen.
    const workflows = modal.getByRole('checkbox', {
      name: /^Import Workflows \(\d+ operations\)$/,
    });
    expect(await workflows.isChecked()).toBe(false);
    await workflows.check();
    await modal.getByRole('list', { name: 'Endpoints of Workflows' }).waitFor({ timeout: 100_000 });
    expect(await workflows.isChecked()).toBe(true);
  }, 240_000);

  it('converts a Swagger 2.0 document, saying so, and refuses a pasted document over 5 MiB before sending it', async () => {
    const panel = await openScoping('SHOP-3');
    await panel.getByRole('button', { name: 'Import from OpenAPI' }).click();
    const modal = importFrame();
    const swagger = {
      swagger: '2.0',
      info: { title: 'Kennel', version: '1' },
      paths: {
        '/dogs': {
          get: {
            tags: ['dogs'],
            summary: 'List dogs',
            responses: { '200': { description: 'The dogs' } },
          },
        },
      },
    };
    const field = modal.getByLabel('OpenAPI document', { exact: true });
    await field.fill(JSON.stringify(swagger));
    await modal.getByRole('button', { name: 'Preview' }).click();
    await modal.getByRole('heading', { name: 'Converted to OpenAPI 3.0' }).waitFor();
    await modal.getByText(/^This is a Swagger 2\.0 document: it was converted/).waitFor();
    await modal.getByRole('checkbox', { name: 'Import dogs (1 operation)' }).waitFor();
    await field.fill(`openapi: 3.0.3\n# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    await modal.getByRole('button', { name: 'Preview' }).click();
    await modal.getByText(/the import reads at most 5 MiB/).waitFor();
  }, 120_000);

  it('lists every problem of a large document with its line in the text the person gave', async () => {
    const panel = await openScoping('SHOP-3');
    await panel.getByRole('button', { name: 'Import from OpenAPI' }).click();
    const modal = importFrame();
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
    await modal.getByRole('button', { name: 'Preview' }).click();
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
