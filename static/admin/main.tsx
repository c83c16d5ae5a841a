import { mountWithConfirmations } from '@ui/mount-entry';
import { LazyTemplatesApp as TemplatesApp } from '@ui/templates/LazyTemplatesApp';

mountWithConfirmations(
  <TemplatesApp title="Backend Breakdown template library" projectKey={null} />,
);
