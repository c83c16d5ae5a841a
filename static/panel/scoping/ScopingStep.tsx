import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { lazy, Suspense, useCallback, useRef } from 'react';
import {
  DRAFT_LIMITS,
  mergeImportedServices,
  newId,
  type Draft,
  type Scoping,
  type Service,
} from '../../../src/domain';
import { idsOf, removeAt } from '../draft/list-edits';
import { fieldId } from '../fields/field-id';
import { useListFocus } from '../fields/use-list-focus';
import { AddServiceForm } from './AddServiceForm';
import { OpenApiExport } from './OpenApiExport';
import { useReadOnly } from '../fields/read-only';
import { OpenApiImport } from './OpenApiImport';
import { ServiceEditor } from './ServiceEditor';
import { ServiceHeader } from './ServiceHeader';
import { ServiceSuggestions } from './ServiceSuggestions';
import { useServiceGraph } from './graph/use-service-graph';
import { useLocateField } from '../workflow/use-locate-field';

// The picture and its layout library load with the first draft that has services to draw.
const ServicesGraph = lazy(() =>
  import('./graph/ServicesGraph').then((m) => ({ default: m.ServicesGraph })),
);

const cardStyle = {
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.medium'),
  padding: token('space.100'),
};

const blankService = (id: string, name: string): Service => ({
  id,
  name,
  primaryFunction: '',
  inputs: [],
  outputs: [],
  endpoints: [],
  failureModes: [],
  failSafes: [],
  successCriteria: [],
});

/** A new service's form (expanded as it is added), where its name is the first control. */
const servicePanelOf = (row: Element | null): Element | null =>
  row?.querySelector('[id^="service-panel-"]') ?? row;

/** Step 2: the services to build, one expanded at a time so the form stays manageable. */
export function ScopingStep({
  draft,
  scoping,
  expanded,
  onExpand,
  onChange,
  onEditDraft,
  restBytes = 0,
  unsaved = false,
  sketchSpike = false,
}: {
  /** The whole draft being edited: suggestions read it all and may add to discovery. */
  draft: Draft;
  scoping: Scoping;
  /** Index of the expanded service, or null. */
  expanded: number | null;
  onExpand: (index: number | null) => void;
  onChange: (recipe: (current: Scoping) => Scoping) => void;
  onEditDraft: (recipe: (current: Draft) => Draft) => void;
  /** What the draft takes stored without its services (discovery and all), for imports to fit. */
  restBytes?: number;
  /** Whether the draft has changes not saved yet (the export reads the saved draft). */
  unsaved?: boolean;
  /** Whether Discovery decided to sketch the API first: the export is that spike's deliverable. */
  sketchSpike?: boolean;
}) {
  const { services } = scoping;
  // Someone who may not edit the draft reads it: nothing here offers to change it.
  const readOnly = useReadOnly();
  const graph = useServiceGraph(scoping);
  const locateField = useLocateField();
  const openService = useCallback(
    (index: number) => {
      onExpand(index);
      locateField(`scoping.services[${String(index)}].name`);
    },
    [onExpand, locateField],
  );
  // After adding a service focus goes to its name; after removing one, to the next service.
  const listRef = useRef<HTMLElement>(null);
  const rowAt = useCallback(
    (index: number) =>
      listRef.current?.querySelector(`[data-service-row="${String(index)}"]`) ?? null,
    [],
  );
  const newServiceName = useCallback(() => document.getElementById('new-service-name'), []);
  const focus = useListFocus(services.length, rowAt, newServiceName, servicePanelOf);
  return (
    <Stack space="space.200">
      <Heading size="small" as="h3">
        Scoping
      </Heading>
      {services.length > 0 ? (
        <Suspense fallback={null}>
          <ServicesGraph graph={graph} onOpen={openService} />
        </Suspense>
      ) : null}
      <section ref={listRef} id={fieldId('scoping.services')} tabIndex={-1} aria-label="Services">
        <Stack space="space.100">
          {services.length === 0 ? (
            <Text color="color.text.subtlest">
              {readOnly ? 'No services yet.' : 'No services yet: name the first one below.'}
            </Text>
          ) : null}
          {services.map((service, index) => (
            <div key={service.id} style={cardStyle} data-service-row={index}>
              <Stack space="space.100">
                <ServiceHeader
                  index={index}
                  service={service}
                  expanded={expanded === index}
                  readOnly={readOnly}
                  onToggle={() => {
                    onExpand(expanded === index ? null : index);
                  }}
                  onRemove={() => {
                    focus.removed(index);
                    onChange((current) => ({
                      ...current,
                      services: removeAt(current.services, index),
                    }));
                    onExpand(null);
                  }}
                />
                {expanded === index ? (
                  <div id={`service-panel-${service.id}`}>
                    <Stack space="space.300">
                      <ServiceEditor
                        index={index}
                        service={service}
                        otherServices={services.filter((_, i) => i !== index)}
                        onChange={(recipe) => {
                          onChange((current) => ({
                            ...current,
                            services: current.services.map((s, i) => (i === index ? recipe(s) : s)),
                          }));
                        }}
                      />
                      {readOnly ? null : (
                        <ServiceSuggestions
                          draft={draft}
                          serviceId={service.id}
                          serviceName={service.name.trim() || `Service ${String(index + 1)}`}
                          onEditDraft={onEditDraft}
                        />
                      )}
                    </Stack>
                  </div>
                ) : null}
              </Stack>
            </div>
          ))}
        </Stack>
      </section>
      {readOnly ? null : (
        <>
          <AddServiceForm
            disabled={services.length >= DRAFT_LIMITS.services}
            onAdd={(name) => {
              focus.added();
              onChange((current) => ({
                ...current,
                services: [
                  ...current.services,
                  blankService(newId(name, idsOf(current.services)), name),
                ],
              }));
              onExpand(services.length);
            }}
          />
          <OpenApiImport
            services={services}
            restBytes={restBytes}
            onAdd={(imported, chosen) => {
              onChange((current) => ({
                ...current,
                services: mergeImportedServices(current.services, imported, restBytes, chosen)
                  .services,
              }));
            }}
          />
        </>
      )}
      {services.length > 0 ? <OpenApiExport unsaved={unsaved} sketchSpike={sketchSpike} /> : null}
    </Stack>
  );
}
