/**
 * The preview draws descriptions from ADF as React elements. Rendered to markup here, so the
 * test can see exactly what a person's browser gets.
 */
import React, { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildPlan, type AdfDoc, type AdfNode } from '../../../src/domain';
import { aDraft, builtIn, SHOP_ISSUE_TYPES } from '../../support/draft-builders';

// Atlaskit's components bring compiled CSS files that Node cannot load; the heading is stood in
// for by the element it renders, since this test is about our renderer, not Jira's heading.
jest.mock('@atlaskit/heading', () => ({
  __esModule: true,
  default: ({ as, children }: { as: string; children: unknown }) =>
    jest.requireActual<typeof React>('react').createElement(as, null, children as never),
}));
jest.mock('@atlaskit/primitives', () => ({
  Box: ({ children }: { children: unknown }) => children,
}));

// Loaded by path: the unit suite's type check has no JSX, the transpiler has.
const { AdfDocument } = jest.requireActual<{
  AdfDocument: (props: { doc: AdfDoc }) => React.ReactNode;
}>('../../../static/panel/breakdown/adf/AdfDocument');

// The test transpiles JSX to React.createElement (the app's build uses the automatic runtime).
(globalThis as { React?: typeof React }).React = React;

const render = (content: AdfNode[]) =>
  renderToStaticMarkup(createElement(AdfDocument, { doc: { type: 'doc', version: 1, content } }));

/** Every text the document holds, in order, and the text the markup shows. */
const textsOf = (node: AdfNode | AdfDoc): string[] =>
  'text' in node && node.text !== undefined
    ? [node.text]
    : (node.content ?? []).flatMap((child) => textsOf(child));
const shownText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
// Tick boxes are drawn for task items; they are not text of the document.
const squash = (text: string) => text.replace(/[\s☐☑]+/g, '');

describe('AdfDocument', () => {
  const plan = buildPlan(aDraft(), builtIn('endpoint-per-subtask'), SHOP_ISSUE_TYPES, {
    planId: 'p',
    projectId: '10000',
  });
  if (!plan.ok) throw new Error('The checkout draft should plan');

  it.each(plan.plan.items.map((item) => [item.localId, item.fields.description] as const))(
    'shows every word of the description of %s',
    (_localId, description) => {
      const html = renderToStaticMarkup(createElement(AdfDocument, { doc: description }));
      expect(squash(shownText(html))).toBe(squash(textsOf(description).join('')));
    },
  );

  it('draws headings, lists, tables, task lists, code and rules as elements', () => {
    const html = render([
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Inputs' }] },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }],
          },
        ],
      },
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              {
                type: 'tableHeader',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Status' }] }],
              },
            ],
          },
          {
            type: 'tableRow',
            content: [
              {
                type: 'tableCell',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: '404' }] }],
              },
            ],
          },
        ],
      },
      {
        type: 'taskList',
        attrs: { localId: 't' },
        content: [
          {
            type: 'taskItem',
            attrs: { localId: 'i', state: 'TODO' },
            content: [{ type: 'text', text: 'check' }],
          },
        ],
      },
      {
        type: 'codeBlock',
        attrs: { language: 'json' },
        content: [{ type: 'text', text: '{"a": 1}' }],
      },
      { type: 'rule' },
    ]);
    expect(html).toMatch(/<h3[^>]*>.*Inputs.*<\/h3>/);
    expect(html).toMatch(/<ul[^>]*><li><p[^>]*>a<\/p><\/li><\/ul>/);
    expect(html).toMatch(/<th scope="col"[^>]*><p[^>]*>Status<\/p><\/th>/);
    expect(html).toMatch(/<td[^>]*><p[^>]*>404<\/p><\/td>/);
    expect(html).toMatch(/☐ <\/span><span>check<\/span>/);
    expect(html).toMatch(/<pre[^>]*><code>\{&quot;a&quot;: 1\}<\/code><\/pre>/);
    expect(html).toMatch(/<hr /);
  });

  it('applies marks and keeps only web links', () => {
    const html = render([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'bold', marks: [{ type: 'strong' }] },
          { type: 'text', text: 'GET /x', marks: [{ type: 'code' }] },
          { type: 'hardBreak' },
          {
            type: 'text',
            text: 'site',
            marks: [{ type: 'link', attrs: { href: 'https://example.com/' } }],
          },
          {
            type: 'text',
            text: 'trap',
            marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
          },
        ],
      },
    ]);
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toMatch(/<code[^>]*>GET \/x<\/code>/);
    expect(html).toContain('<br/>');
    expect(html).toMatch(
      /<a href="https:\/\/example.com\/" target="_blank" rel="noreferrer"[^>]*>site<\/a>/,
    );
    expect(html).not.toContain('javascript:');
    expect(html).toContain('trap');
  });

  it('shows a node it does not draw as its text, and text as text, never as markup', () => {
    const html = render([
      {
        type: 'expand',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'inside' }] }],
      },
      { type: 'paragraph', content: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] },
    ]);
    expect(html).toContain('<span>inside</span>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
