import { mount } from '@ui/mount';
import { SettingsApp } from './SettingsApp';

mount(<SettingsApp />);
