import { readFile } from 'node:fs/promises';
import type { FrameLocator } from 'playwright-core';
import { devInvokeData, saveDraftOver } from '../support/dev-invoke';
import { builtInTemplate } from '../../src/domain';
import { aDraft } from '../support/draft-builders';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(60_000);

const host = useHostPage();
const SETTINGS = 'iframe[data-module="jira:projectSettingsPage"]';
const ADMIN = 'iframe[data-module="jira:adminPage"]';

/** Picks `option` in the Atlaskit select whose input has `inputId`. */
async function choose(frame: FrameLocator, inputId: string, option: string): Promise<void> {
  await frame.locator(`#${inputId}`).fill(option);
  await frame.locator(`#${inputId}`).press('Enter');
}

/** The frame is as tall as its content: nothing is cut off, no button hidden. */
async function expectSizedToContent(selector: string, frame: FrameLocator): Promise<void> {
  const content = await frame
    .locator('body')
    .evaluate((b) => b.ownerDocument.documentElement.scrollHeight);
  await host.page.waitForFunction(
    ([sel, height]) => (document.querySelector(sel)?.getBoundingClientRect().height ?? 0) >= height,
    [selector, content] as const,
  );
}

describe('templates in project settings and the site library', () => {
  it('lets an admin create a template for VENTAS from a built-in, and a member only read it', async () => {
    await host.visit('/projects/VENTAS/settings', 'admin');
    const settings = host.page.frameLocator(SETTINGS);
    await settings.getByRole('button', { name: 'Copy Backend service breakdown' }).click();
    await settings.locator('#t-id').fill('ventas-breakdown');
    await settings.locator('#t-name').fill('Ventas breakdown');
    await choose(settings, 't-type-standard', 'Historia');
    await choose(settings, 't-type-subtask', 'Subtarea');
    // Story points are on Historia's create screen: chosen from what the screen offers.
    await choose(settings, 't-service-custom-field', 'Story point estimate');
    await settings.locator('#t-service-custom-value').fill('3');
    // Tarea has no such field: the editor says so at once, and saving waits.
    await choose(settings, 't-type-standard', 'Tarea');
    await settings
      .getByText(
        'The project\'s standard issues have no "Story point estimate" (customfield_10016) field on their create screen',
      )
      .first()
      .waitFor();
    expect(await settings.getByRole('button', { name: 'Save template' }).isDisabled()).toBe(true);
    await choose(settings, 't-type-standard', 'Historia');
    // Live validation: an unknown placeholder blocks saving, with the problem at the field.
    await settings.locator('#t-epic-summary').fill('{{feature.name}}');
    await settings.getByText('Unknown placeholder {{feature.name}}').first().waitFor();
    expect(await settings.getByRole('button', { name: 'Save template' }).isDisabled()).toBe(true);
    await settings.locator('#t-epic-summary').fill('Épica: {{feature.title}}');
    await settings.getByTestId('template-preview').getByText('Épica: Checkout revamp').waitFor();
    await settings.getByRole('button', { name: 'Save template' }).click();

    const row = settings.getByTestId('template-project-ventas-breakdown');
    await row.getByText('Version 1').waitFor();
    const saved = await devInvokeData<{ template: Record<string, any> }>(host.stack.hostUrl, {
      module: 'jira:projectSettingsPage',
      projectKey: 'VENTAS',
      functionKey: 'template/get',
      payload: { templateId: 'ventas-breakdown' },
    });
    expect(saved.template.issueTypeIds).toEqual({ standard: '10021', subtask: '10023' });
    expect(saved.template.service.fields.custom).toEqual([
      {
        fieldId: 'customfield_10016',
        name: 'Story point estimate',
        value: { kind: 'number', number: 3 },
      },
    ]);
    await row.getByRole('button', { name: 'Make Ventas breakdown the default' }).click();
    await row.getByText('Default').waitFor();

    const download = host.page.waitForEvent('download');
    await row.getByRole('button', { name: 'Export Ventas breakdown as YAML' }).click();
    const file = await (await download).path();
    const yaml = await readFile(file, 'utf8');
    expect(yaml).toMatch(/^id: ventas-breakdown$/m);

    // A second version, then restore the first as version 3.
    await row.getByRole('button', { name: 'Edit Ventas breakdown' }).click();
    await settings.locator('#t-name').fill('Ventas breakdown v2');
    await settings.getByRole('button', { name: 'Save template' }).click();
    await settings
      .getByTestId('template-project-ventas-breakdown')
      .getByText('Version 2')
      .waitFor();
    await settings.getByRole('button', { name: 'Versions of Ventas breakdown v2' }).click();
    await settings.getByRole('button', { name: 'View version 1' }).click();
    await settings.getByRole('heading', { name: 'Ventas breakdown, version 1' }).waitFor();
    expect(await settings.locator('#t-name').inputValue()).toBe('Ventas breakdown');
    // Closing the version goes back to the versions.
    await settings.getByRole('button', { name: 'Close' }).click();
    await settings.getByRole('button', { name: 'Compare version 1' }).click();
    await settings.getByText(/differs from the current one in: name/).waitFor();
    await settings.getByRole('button', { name: 'Restore version 1' }).click();
    await settings.getByText('Version 3', { exact: true }).waitFor();
    await settings.getByRole('button', { name: 'Back to the templates' }).click();
    await settings
      .getByTestId('template-project-ventas-breakdown')
      .getByText('Ventas breakdown', { exact: true })
      .waitFor();

    // Imported into the site library, from the admin page.
    await host.visit('/admin/templates', 'admin');
    const admin = host.page.frameLocator(ADMIN);
    await admin.getByLabel('JSON or YAML file').setInputFiles({
      name: 'ventas-breakdown.template.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(yaml),
    });
    await admin.getByTestId('template-site-ventas-breakdown').waitFor();
    await admin.getByLabel('JSON or YAML file').setInputFiles({
      name: 'again.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(yaml),
    });
    await admin.getByRole('button', { name: 'Import as a copy' }).click();
    await admin.getByTestId('template-site-ventas-breakdown-copy').waitFor();
    await expectSizedToContent(ADMIN, admin);
    // Deleting asks first; keeping changes nothing.
    await admin.getByRole('button', { name: 'Delete Ventas breakdown (copy)' }).click();
    await admin.getByRole('button', { name: 'Keep Ventas breakdown (copy)' }).click();
    await admin.getByRole('button', { name: 'Delete Ventas breakdown (copy)' }).click();
    await admin.getByRole('button', { name: 'Yes, delete Ventas breakdown (copy)' }).click();
    await admin.getByText('Ventas breakdown (copy) was deleted.').waitFor();
    expect(await admin.getByTestId('template-site-ventas-breakdown-copy').count()).toBe(0);

    // A member sees the page read-only, with a plain explanation.
    await host.visit('/projects/VENTAS/settings', 'member');
    const readOnly = host.page.frameLocator(SETTINGS);
    await readOnly.getByText('Project administrators only').waitFor();
    await readOnly.getByTestId('template-project-ventas-breakdown').waitFor();
    expect(await readOnly.getByRole('button', { name: /^Edit / }).count()).toBe(0);
    expect(await readOnly.getByRole('button', { name: /^Delete / }).count()).toBe(0);
    // The frame is as tall as its content: nothing is cut off.
    await expectSizedToContent(SETTINGS, readOnly);

    // The panel in VENTAS previews with the project's new default.
    await saveDraftOver(host.stack.hostUrl, 'VENTAS-1', aDraft());
    await host.visit('/browse/VENTAS-1', 'member');
    const panel = host.page.frameLocator('iframe[data-module="jira:issuePanel"]');
    await panel.getByRole('button', { name: '3. Breakdown' }).click();
    await panel.getByText('Ventas breakdown', { exact: true }).first().waitFor();
    await panel.getByText('Épica: Checkout revamp').first().waitFor();
  });

  it('keeps an admin’s edits on screen when someone else saved the template first', async () => {
    await devInvokeData(host.stack.hostUrl, {
      module: 'jira:projectSettingsPage',
      projectKey: 'SHOP',
      user: 'admin',
      functionKey: 'template/save',
      payload: {
        template: {
          ...builtInTemplate('endpoint-per-subtask')!,
          id: 'shared-edit',
          name: 'Shared',
        },
        baseVersion: 0,
      },
    });
    const openEditor = async (page: typeof host.page) => {
      await page.goto(`${host.stack.hostUrl}/?user=admin#/projects/SHOP/settings`);
      const frame = page.frameLocator(SETTINGS);
      await frame.getByRole('button', { name: 'Edit Shared' }).click();
      return frame;
    };
    const mine = await openEditor(host.page);
    const theirs = await openEditor(await host.newPage());
    await theirs.locator('#t-name').fill('Theirs');
    await theirs.getByRole('button', { name: 'Save template' }).click();
    await theirs.getByText('Template saved.').waitFor();

    await mine.locator('#t-name').fill('Mine');
    await mine.getByRole('button', { name: 'Save template' }).click();
    await mine.getByText('Someone else changed this').waitFor();
    expect(await mine.locator('#t-name').inputValue()).toBe('Mine');
  });
});
