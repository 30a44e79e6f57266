/** OpenCC's dictionaries as opencc-js ships them: `from to|from to|…`, one entry per character or phrase. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
