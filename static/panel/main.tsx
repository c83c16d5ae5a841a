import { mount } from '../shared/mount';
import { PanelApp } from './PanelApp';

mount(<PanelApp />);
