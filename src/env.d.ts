/** The built-in pack's topic lexicon alone (see vite.config.ts), for the stage-1 script. */
declare module 'virtual:story-topic' {
  const topic: import('./core/corpus/schema.ts').Topic;
  export default topic;
}
