import { builtInTemplate } from '../../../src/domain';
import { readTemplateFile, writeTemplateFile } from '../../../src/resolvers/template-file';

const template = { ...builtInTemplate('backend-service-breakdown')!, id: 'kept', name: 'Kept' };

describe('template files', () => {
  it.each(['json', 'yaml'] as const)('reads back what it writes as %s', (format) => {
    const read = readTemplateFile(writeTemplateFile(template, format));
    expect(read).toEqual({ ok: true, template: { ...template, version: 1 } });
  });

  it('locates a problem in a JSON file by path and line too', () => {
    const text = JSON.stringify({ ...template, name: '' }, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"name": ""')) + 1;
    const read = readTemplateFile(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems).toEqual([{ path: 'name', line, message: 'Cannot be empty' }]);
  });

  it('refuses a file that is not one template, saying so', () => {
    const read = readTemplateFile('- a\n- b\n');
    expect(!read.ok && read.problems[0]?.message).toMatch(/holds one template/);
  });

  it('refuses duplicate keys and alias bombs instead of expanding them', () => {
    expect(readTemplateFile('id: a\nid: b\n').ok).toBe(false);
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...Array.from({ length: 9 }, (_, i) => {
        const name = String.fromCharCode(98 + i);
        const prev = String.fromCharCode(97 + i);
        return `${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`;
      }),
    ].join('\n');
    const read = readTemplateFile(bomb);
    expect(!read.ok && read.problems[0]?.message).toMatch(/too many YAML aliases/);
  });

  it('refuses rules nested deeper than a stored template may be', () => {
    let rule: Record<string, unknown> = { when: 'always' };
    for (let i = 0; i < 7; i++) rule = { when: 'not', rule };
    const deep = { ...template, serviceItems: [{ ...template.serviceItems[0], include: rule }] };
    const read = readTemplateFile(JSON.stringify(deep));
    expect(!read.ok && read.problems.map((p) => p.message)).toEqual([
      'The rule nests 8 levels deep; at most 6',
    ]);
  });
});
