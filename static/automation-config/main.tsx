import { mount } from '@ui/mount';
import { AutomationConfigApp } from './AutomationConfigApp';

mount(<AutomationConfigApp />);
