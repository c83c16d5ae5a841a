import { mountWithConfirmations } from '@ui/mount-entry';
import { SettingsApp } from './SettingsApp';

mountWithConfirmations(<SettingsApp />);
