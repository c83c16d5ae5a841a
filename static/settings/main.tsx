import { mount } from '../shared/mount';
import { SettingsApp } from './SettingsApp';

mount(<SettingsApp />);
