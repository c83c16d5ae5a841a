import type Resolver from '@forge/resolver';
import { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE_ID } from '../domain';
import { defineResolver } from './define-resolver';

/** The templates a breakdown can use in this project. */
export function registerTemplateList(resolver: Resolver): void {
  defineResolver(resolver, 'template/list', () =>
    Promise.resolve({
      templates: BUILT_IN_TEMPLATES.map((t) => ({
        id: t.id,
        name: t.name,
        description: t.description,
        version: t.version,
        builtIn: true,
      })),
      defaultTemplateId: DEFAULT_TEMPLATE_ID,
    }),
  );
}
