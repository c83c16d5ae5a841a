import { mount } from '@ui/mount';
import { TemplatesApp } from '@ui/templates/TemplatesApp';

mount(<TemplatesApp title="Backend Breakdown template library" projectKey={null} />);
