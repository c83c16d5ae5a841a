/**
 * The local host page themes a frame's colours only, as Atlassian documents `view.theme.enable()`;
 * the app brings Atlassian's spacing, shape and type tokens itself, so nothing drawn with them
 * (a service card's border and radius, a heading's font) disappears on such a host.
 */
import { aDraft } from '../support/draft-builders';
import { saveDraftOver } from '../support/dev-invoke';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(30_000);

const host = useHostPage({ pageTimeoutMs: 10_000 });

describe('design tokens beyond colour', () => {
  it('resolve inside the panel, so service cards keep their border and radius', async () => {
    await saveDraftOver(host.stack.hostUrl, 'SHOP-2', aDraft());
    await host.page.goto(`${host.stack.hostUrl}/?user=member#/browse/SHOP-2`);
    const frame = host.page.frameLocator(
      'iframe[data-module="jira:issuePanel"]:not(.modal iframe)',
    );
    await frame.getByRole('button', { name: '2. Scoping' }).click();
    const card = frame.locator('[data-service-row="0"]');
    await card.waitFor();
    const look = await card.evaluate((element) => {
      const style = getComputedStyle(element);
      const root = getComputedStyle(document.documentElement);
      return {
        borderTop: style.borderTopWidth,
        radius: style.borderTopLeftRadius,
        space100: root.getPropertyValue('--ds-space-100').trim(),
        headingFont: root.getPropertyValue('--ds-font-heading-medium').trim(),
      };
    });
    expect(look.borderTop).toBe('1px');
    expect(look.radius).not.toBe('0px');
    expect(look.space100).toBe('0.5rem');
    expect(look.headingFont).not.toBe('');
  });
});
