/**
 * `@atlaskit/button/new` in the Custom UI builds (see scripts/build-ui.mts). Atlaskit's own entry
 * is a deprecated shim that also re-exports IconButton, whose tooltip, popper and top layer run
 * code at module level and so stay in every bundle that imports a plain Button (about 40 KB gzip).
 * Import IconButton from `@atlaskit/button/icon/button` where one is needed.
 */
export { default } from '@atlaskit/button/default/button';
export { default as LinkButton } from '@atlaskit/button/link';
