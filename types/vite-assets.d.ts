// `import url from './file.json?url'`: Vite emits the file as an asset and gives its URL.
declare module '*?url' {
  const url: string;
  export default url;
}
