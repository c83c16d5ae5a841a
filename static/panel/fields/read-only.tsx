import { createContext, useContext } from 'react';

/**
 * Whether the form shows the draft without letting it change (a person without "Edit issues").
 * Native controls follow the disabled fieldset around the form; controls that are not native
 * (Jira's select) read this.
 */
export const ReadOnlyContext = createContext(false);

export const useReadOnly = (): boolean => useContext(ReadOnlyContext);
