// Atlaskit's generated theme files: each default-exports the CSS of one theme as a string.
declare module '@atlaskit/tokens/dist/esm/artifacts/themes/*' {
  const css: string;
  export default css;
}
