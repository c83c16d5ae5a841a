/**
 * Who the app is on this machine: the ids Forge's runtime would hand to `getAppContext()` and
 * put into platform paths. Fixed values so runs, logs and persisted stores are comparable.
 */
export interface LocalApp {
  readonly appId: string;
  readonly environmentId: string;
  readonly environmentType: 'DEVELOPMENT' | 'STAGING' | 'PRODUCTION';
  readonly appVersion: string;
  readonly installationId: string;
  /** The Jira site the app is installed on; the installation context ARI is built from it. */
  readonly cloudId: string;
}

export const DEFAULT_LOCAL_APP: LocalApp = {
  appId: '7d1c0a55-3c53-4d0e-9b5e-6f0d0c0b0b0b',
  environmentId: 'b5e9c1f2-1d2e-4c3b-8a4f-0e0d0c0b0a09',
  environmentType: 'DEVELOPMENT',
  appVersion: '1.0.0',
  installationId: '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c',
  cloudId: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
};

/** The installation context ARI Forge uses for a Jira site (`context.installContext`). */
export function installContextOf(cloudId: string): string {
  return `ari:cloud:jira::site/${cloudId}`;
}
