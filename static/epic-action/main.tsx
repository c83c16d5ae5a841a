import { mount } from '../shared/mount';
import { EpicActionApp } from './EpicActionApp';

mount(<EpicActionApp />);
