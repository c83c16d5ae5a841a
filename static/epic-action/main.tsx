import { mount } from '@ui/mount';
import { EpicActionApp } from './EpicActionApp';

mount(<EpicActionApp />);
