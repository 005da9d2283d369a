/** The built-in pack's id and topic lexicon alone (see vite.config.ts), for the stage-1 script. */
declare module 'virtual:story-topic' {
  const story: { packId: string; topic: import('./core/topic/detect-topic.ts').TopicLexicon };
  export default story;
}

/** The built-in pack's topic groups' labels, with their renderings (see vite.config.ts), for the popup. */
declare module 'virtual:story-topic-labels' {
  const labels: {
    packId: string;
    groups: Pick<import('./core/corpus/schema.ts').TopicGroup, 'id' | 'label' | 'translations'>[];
  };
  export default labels;
}
