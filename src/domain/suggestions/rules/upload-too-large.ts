import { listWithVerb } from '../wording';
import { hasFailureMode } from '../coverage';
import { endpointLabel, isUpload, isUploadFormat } from '../endpoint-facts';
import { addFailureMode } from '../failure-mode-change';
import type { SuggestionRule } from '../suggestion';

export const uploadTooLarge: SuggestionRule = {
  id: 'upload-too-large',
  category: 'failure-mode',
  name: '413 for an upload over the size limit',
  why: 'Every upload has a size limit, stated or not: state it, and refuse a larger body with 413 before reading it all.',
  suggest: ({ service }) => {
    const uploads = [
      ...service.endpoints.filter(isUpload).map(endpointLabel),
      ...service.inputs
        .filter((input) => input.source.kind === 'client' && isUploadFormat(input.format))
        .map((input) => `the input "${input.name.trim()}"`),
    ];
    const hint = 'upload-too-large';
    if (uploads.length === 0 || hasFailureMode(service, [413], { id: hint })) return [];
    return [
      {
        subject: 'upload',
        title: '413 when an upload is too large',
        because: `${listWithVerb(uploads, 'takes', 'take')} an upload`,
        changes: [
          addFailureMode(
            service.id,
            hint,
            413,
            'The uploaded body is too large for the service',
            'Answer 413 naming the size limit; stop reading the body once it is over',
          ),
        ],
      },
    ];
  },
};
