/**
 * Five stories under a checkout epic, as a team writes them in Jira: summaries with colons, a
 * purpose paragraph, and (for most) acceptance criteria under a heading or as a checklist. The
 * fan-out's realistic input for tests, the ticket-rules measurement and the docs' examples.
 */
import type { AdfDoc, AdfNode } from '../../src/domain';

const text = (value: string): AdfNode => ({ type: 'text', text: value });
const paragraph = (value: string): AdfNode => ({ type: 'paragraph', content: [text(value)] });
const heading = (value: string): AdfNode => ({
  type: 'heading',
  attrs: { level: 3 },
  content: [text(value)],
});
const bullets = (items: string[]): AdfNode => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
});
const tasks = (items: string[]): AdfNode => ({
  type: 'taskList',
  attrs: { localId: 'ac' },
  content: items.map((item, index) => ({
    type: 'taskItem',
    attrs: { localId: `ac-${index}`, state: 'TODO' },
    content: [text(item)],
  })),
});
const doc = (...content: AdfNode[]): AdfDoc => ({ type: 'doc', version: 1, content });

export interface StoryIssue {
  id: string;
  key: string;
  summary: string;
  description: AdfDoc | null;
}

export const CHECKOUT_STORIES: readonly StoryIssue[] = [
  {
    id: '10201',
    key: 'SHOP-2',
    summary: 'Cart totals: recompute on every change',
    description: doc(
      paragraph(
        'When a shopper adds, removes or changes an item, the cart shows the new subtotal, tax and shipping at once, without a page reload.',
      ),
      heading('Acceptance criteria'),
      bullets([
        'The totals update within 200 ms of a change at p95',
        'Tax follows the shipping address; without one, the shop country',
        'A coupon that no longer applies is removed with a message',
      ]),
    ),
  },
  {
    id: '10202',
    key: 'SHOP-3',
    summary: 'Guest checkout',
    description: doc(
      paragraph('A shopper can pay without creating an account; an email address is enough.'),
      paragraph('Acceptance criteria:'),
      tasks([
        'Checkout asks for an email and a shipping address only',
        'The confirmation email offers to create an account',
      ]),
    ),
  },
  {
    id: '10203',
    key: 'SHOP-4',
    summary: 'Save card for later',
    description: doc(
      paragraph(
        'Signed-in shoppers can keep a card with the payment provider and pick it at the next checkout.',
      ),
    ),
  },
  {
    id: '10204',
    key: 'SHOP-5',
    summary: 'Bestellbestätigung per E-Mail',
    description: doc(
      paragraph('Nach dem Bezahlen erhält der Käufer eine Bestätigung mit allen Positionen.'),
      heading('Akzeptanzkriterien'),
      bullets(['Die E-Mail kommt innerhalb von 60 Sekunden an']),
    ),
  },
  { id: '10205', key: 'SHOP-6', summary: 'Refund a cancelled order', description: null },
];
