import { mount } from '@ui/mount';
import { PanelApp } from './PanelApp';

mount(<PanelApp />);
