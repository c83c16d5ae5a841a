import { readFile } from 'node:fs/promises';
import type { FrameLocator } from 'playwright-core';
import { devInvokeData, saveDraftOver } from '../support/dev-invoke';
import { builtInTemplate } from '../../src/domain';
import { aDraft } from '../support/draft-builders';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(60_000);

const host = useHostPage();
// The page's own frame, not the same resource drawn in a confirmation modal over it.
const SETTINGS = 'iframe[data-module="jira:projectSettingsPage"]:not(.modal iframe)';
const ADMIN = 'iframe[data-module="jira:adminPage"]:not(.modal iframe)';

/** Picks `option` in the Atlaskit select whose input has `inputId`. */
async function choose(frame: FrameLocator, inputId: string, option: string): Promise<void> {
  await frame.locator(`#${inputId}`).fill(option);
  await frame.getByRole('option', { name: option, exact: true }).click();
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
    await settings.getByRole('button', { name: 'Create template' }).click();
    await choose(settings, 'create-from', 'Backend service breakdown (built-in)');
    await settings.getByRole('button', { name: 'Create', exact: true }).click();
    // No id is asked for: the template's is made from its name.
    expect(await settings.locator('#t-id').count()).toBe(0);
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
        'The project\'s standard issues have no "Story point estimate" field on their create screen',
      )
      .first()
      .waitFor();
    expect(await settings.getByRole('button', { name: 'Save template' }).isDisabled()).toBe(true);
    // Why, next to the button.
    await settings
      .locator('#t-save-blocked')
      .getByText(/1 problem needs fixing first/)
      .waitFor();
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
    await row.getByRole('button', { name: 'Make default' }).click();
    await row.getByText('Default').waitFor();

    const download = host.page.waitForEvent('download');
    await row.getByRole('button', { name: 'Export YAML' }).click();
    const file = await (await download).path();
    const yaml = await readFile(file, 'utf8');
    expect(yaml).toMatch(/^id: ventas-breakdown$/m);

    // A second version, then restore the first as version 3.
    await row.getByRole('button', { name: 'Edit' }).click();
    await settings.locator('#t-name').fill('Ventas breakdown v2');
    await settings.getByRole('button', { name: 'Save template' }).click();
    await settings
      .getByTestId('template-project-ventas-breakdown')
      .getByText('Version 2')
      .waitFor();
    // The save's notice belongs to the list: the versions view does not repeat it.
    await settings.getByText('Ventas breakdown v2 saved as version 2.').waitFor();
    await settings
      .getByTestId('template-project-ventas-breakdown')
      .getByRole('button', { name: 'Versions' })
      .click();
    expect(await settings.getByText(/saved as version/).count()).toBe(0);
    // Who saved, by name.
    await settings
      .getByText(/by Ada Admin/)
      .first()
      .waitFor();
    const version1 = settings.getByRole('listitem', { name: 'Version 1' });
    await version1.getByRole('button', { name: 'View' }).click();
    await settings.getByRole('heading', { name: 'Ventas breakdown, version 1' }).waitFor();
    expect(await settings.locator('#t-name').inputValue()).toBe('Ventas breakdown');
    // Closing the version goes back to the versions.
    await settings.getByRole('button', { name: 'Close' }).click();
    await version1.getByRole('button', { name: 'Compare' }).click();
    // What differs, with both values.
    const name = settings.getByRole('row', { name: /^Name/ });
    await name.getByRole('cell', { name: 'Ventas breakdown', exact: true }).waitFor();
    await name.getByRole('cell', { name: 'Ventas breakdown v2', exact: true }).waitFor();
    await version1.getByRole('button', { name: 'Restore' }).click();
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
    // Deleting asks first, in Jira's modal; keeping changes nothing.
    const copyRow = admin.getByTestId('template-site-ventas-breakdown-copy');
    const dialog = host.page.getByRole('dialog');
    await copyRow.getByRole('button', { name: 'Delete' }).click();
    await dialog.frameLocator('iframe').getByRole('button', { name: 'Keep it' }).click();
    await dialog.waitFor({ state: 'detached' });
    await copyRow.waitFor();
    await copyRow.getByRole('button', { name: 'Delete' }).click();
    await dialog
      .frameLocator('iframe')
      .getByRole('heading', { name: 'Delete Ventas breakdown (copy)?' })
      .waitFor();
    await dialog.frameLocator('iframe').getByRole('button', { name: 'Delete' }).click();
    await admin.getByText('Ventas breakdown (copy) was deleted.').waitFor();
    expect(await admin.getByTestId('template-site-ventas-breakdown-copy').count()).toBe(0);

    // A member sees the page read-only, with a plain explanation.
    await host.visit('/projects/VENTAS/settings', 'member');
    const readOnly = host.page.frameLocator(SETTINGS);
    await readOnly.getByText('Project administrators only').waitFor();
    await readOnly.getByTestId('template-project-ventas-breakdown').waitFor();
    expect(await readOnly.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await readOnly.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    // The frame is as tall as its content: nothing is cut off.
    await expectSizedToContent(SETTINGS, readOnly);

    // The panel in VENTAS previews with the project's new default.
    await saveDraftOver(host.stack.hostUrl, 'VENTAS-1', aDraft());
    await host.visit('/browse/VENTAS-1', 'member');
    const panel = host.page.frameLocator(
      'iframe[data-module="jira:issuePanel"]:not(.modal iframe)',
    );
    await panel.getByRole('button', { name: '3. Breakdown' }).click();
    await panel.getByText('Ventas breakdown', { exact: true }).first().waitFor();
    await panel.getByText('Épica: Checkout revamp').first().waitFor();
  });

  it('names who saved first, compares both values, and keeps mine or takes theirs', async () => {
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
      await frame
        .getByTestId('template-project-shared-edit')
        .getByRole('button', { name: 'Edit' })
        .click();
      return frame;
    };
    const mine = await openEditor(host.page);
    const theirsPage = await host.newPage();
    const theirs = await openEditor(theirsPage);
    await theirs.locator('#t-name').fill('Theirs');
    await theirs.getByRole('button', { name: 'Save template' }).click();
    await theirs.getByText('Theirs saved as version 2.').waitFor();

    await mine.locator('#t-name').fill('Mine');
    await mine.getByRole('button', { name: 'Save template' }).click();
    // The same person in another tab: said so, with the version in the way.
    await mine
      .getByText(/^You saved this template in another tab or window at .*\(version 2\)\.$/)
      .waitFor();
    expect(await mine.locator('#t-name').inputValue()).toBe('Mine');
    // Save waits for a choice, and says why next to the button.
    expect(await mine.getByRole('button', { name: 'Save template' }).isDisabled()).toBe(true);
    await mine
      .locator('#t-save-blocked')
      .getByText(/settle the other save/)
      .waitFor();
    await mine.getByRole('button', { name: 'Compare' }).click();
    const nameRow = mine.getByRole('row', { name: /^Name/ });
    await nameRow.getByRole('cell', { name: 'Theirs', exact: true }).waitFor();
    await nameRow.getByRole('cell', { name: 'Mine', exact: true }).waitFor();

    // Keep mine: confirmed in Jira's modal, then saved over version 2.
    await mine.getByRole('button', { name: 'Keep mine' }).click();
    const dialog = host.page.getByRole('dialog');
    await dialog.frameLocator('iframe').getByRole('button', { name: 'Save mine' }).click();
    await mine.getByText('Mine saved as version 3.').waitFor();

    // Take theirs: the editor loads the saved version in place of the edits.
    await theirs.getByTestId('template-project-shared-edit').waitFor();
    await theirs
      .getByTestId('template-project-shared-edit')
      .getByRole('button', { name: 'Edit' })
      .click();
    await theirs.locator('#t-name').fill('Stale');
    await devInvokeData(host.stack.hostUrl, {
      module: 'jira:projectSettingsPage',
      projectKey: 'SHOP',
      user: 'admin',
      functionKey: 'template/save',
      payload: {
        template: {
          ...builtInTemplate('endpoint-per-subtask')!,
          id: 'shared-edit',
          name: 'Newest',
        },
        baseVersion: 3,
      },
    });
    await theirs.getByRole('button', { name: 'Save template' }).click();
    await theirs.getByRole('button', { name: 'Take theirs' }).click();
    await theirsPage
      .getByRole('dialog')
      .frameLocator('iframe')
      .getByRole('button', { name: 'Discard my edits' })
      .click();
    await theirs.getByRole('button', { name: 'Take theirs' }).waitFor({ state: 'detached' });
    expect(await theirs.locator('#t-name').inputValue()).toBe('Newest');
    await theirs.getByRole('button', { name: 'Save template' }).click();
    await theirs.getByText('Newest saved as version 5.').waitFor();
  });
});
