import { builtInTemplate, type Template } from '../../../src/domain';
import { templateDifferences } from '../../../static/shared/templates/template-differences';
import { templateConflictSentence } from '../../../static/shared/templates/template-conflict';
import { idFromName, problemPlace } from '../../../static/shared/templates/template-words';

const base = (): Template => ({ ...builtInTemplate('backend-service-breakdown')!, id: 'shop' });

describe('what differs between two templates, as a person reads it', () => {
  it('names each place and both values, with names instead of ids', () => {
    const a = base();
    const b: Template = {
      ...a,
      name: 'Renamed',
      issueTypeIds: { standard: '10002' },
      components: [{ id: '10000' }],
      serviceItems: a.serviceItems.map((item, i) =>
        i === 0
          ? { ...item, summary: 'New summary', fields: { ...item.fields, priority: { id: '2' } } }
          : item,
      ),
    };
    const names = {
      issueType: (id: string) => ({ '10002': 'Task' })[id],
      priority: (id: string) => ({ '2': 'High' })[id],
      component: (id: string) => ({ '10000': 'Backend' })[id],
    };
    const first = a.serviceItems[0]!.name;
    expect(templateDifferences(a, b, names)).toEqual([
      { label: 'Name', left: a.name, right: 'Renamed' },
      { label: 'Issue type for service issues', left: 'By hierarchy level', right: 'Task' },
      { label: `Item “${first}”: summary`, left: a.serviceItems[0]!.summary, right: 'New summary' },
      { label: `Item “${first}”: priority`, left: 'The project’s default', right: 'High' },
      { label: 'Components', left: '(none)', right: 'Backend' },
    ]);
  });

  it('finds nothing between a template and itself, and never prints an account id', () => {
    const a = base();
    expect(templateDifferences(a, a)).toEqual([]);
    const withPerson: Template = {
      ...a,
      epic: {
        ...a.epic,
        fields: {
          ...a.epic.fields,
          assignee: { kind: 'user', accountId: '5b10a2844c20165700ede21a' },
        },
      },
    };
    const text = JSON.stringify(templateDifferences(a, withPerson));
    expect(text).toContain('A chosen person');
    expect(text).not.toContain('5b10a2844c20165700ede21a');
  });
});

describe('who saved the template first', () => {
  const now = new Date('2026-12-07T15:00:00Z');
  it('says it was you, in another tab, or names the colleague', () => {
    const at = '2026-12-07T14:02:00Z';
    expect(
      templateConflictSentence(
        { currentVersion: 4, savedBy: 'me', savedAt: at, savedByName: null, byYou: true },
        now,
      ),
    ).toMatch(/^You saved this template in another tab or window at .+ \(version 4\)\.$/);
    expect(
      templateConflictSentence(
        { currentVersion: 4, savedBy: 'x', savedAt: at, savedByName: 'Ada Admin', byYou: false },
        now,
      ),
    ).toMatch(/^Ada Admin saved this template at .+, while you were editing \(version 4\)\.$/);
    expect(
      templateConflictSentence(
        { currentVersion: 4, savedBy: 'x', savedAt: null, savedByName: null, byYou: false },
        now,
      ),
    ).toBe('Another person saved this template, while you were editing (version 4).');
  });
});

describe('the editor’s words for where a problem is', () => {
  it('names items and extras rather than data paths', () => {
    const t = base();
    expect(problemPlace(t, 'serviceItems[0].fields.custom[0].fieldId')).toBe(
      `Item “${t.serviceItems[0]!.name}”`,
    );
    expect(problemPlace(t, 'epic.summary')).toBe('Epic');
    expect(problemPlace(t, 'components[1]')).toBe('Components');
  });

  it('makes a new template’s id from its name, unlike the taken ones', () => {
    expect(idFromName('Ventas breakdown', [])).toBe('ventas-breakdown');
    expect(idFromName('Épica rápida!', ['epica-rapida'])).toBe('epica-rapida-2');
    expect(idFromName('***', [])).toBe('template');
  });
});

describe('the template pages read Jira only through the server', () => {
  it('never call createmeta from the browser', () => {
    const { readdirSync, readFileSync, statSync } =
      jest.requireActual<typeof import('node:fs')>('node:fs');
    const path = jest.requireActual<typeof import('node:path')>('node:path');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (name === 'build' || name === 'node_modules') continue;
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.tsx?$/.test(name)) files.push(full);
      }
    };
    walk(path.join(__dirname, '..', '..', '..', 'static'));
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((f) => readFileSync(f, 'utf8').includes('/issue/createmeta'))).toEqual([]);
  });
});
