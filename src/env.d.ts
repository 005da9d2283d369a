/** The built-in pack's id and topic lexicon alone (see vite.config.ts), for the stage-1 script. */
declare module 'virtual:story-topic' {
  const story: { packId: string; topic: import('./core/corpus/schema.ts').Topic };
  export default story;
}
