import { mount } from '@ui/mount';
import { LazyTemplatesApp as TemplatesApp } from '@ui/templates/LazyTemplatesApp';

mount(<TemplatesApp title="Backend Breakdown template library" projectKey={null} />);
