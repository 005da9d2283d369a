/**
 * The interface language inside the Preact tree: components read their words
 * with `useMessages()`; a root sets the language once (`InLanguage`) or
 * follows a live source (`Localized`), so a change of language re-renders in
 * place, without a reload and without moving focus.
 */
import { createContext, type ComponentChildren, type VNode } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../core/i18n/catalogues.ts';
import type { LanguageSource } from '../core/i18n/language.ts';
import { messagesFor, type Messages, type Substitution } from '../core/i18n/messages.ts';
import type { ReaderLanguage } from '../core/view/localize.ts';

const MessagesContext = createContext<Messages>(messagesFor('en'));

/** The messages of the language the tree is shown in (English outside any root). */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}

/** Shows `children` in `lang`. */
export function InLanguage({ lang, children }: { lang: ReaderLanguage; children: ComponentChildren }) {
  return <MessagesContext.Provider value={messagesFor(lang)}>{children}</MessagesContext.Provider>;
}

/** Props for {@link Localized}. */
export interface LocalizedProps {
  language: LanguageSource;
  /** Draws the content for a language (the view model may depend on it too). */
  render(lang: ReaderLanguage): VNode | null;
}

/** Follows `language`: re-renders `render(lang)` in the new language on every change. */
export function Localized({ language, render }: LocalizedProps) {
  const [lang, setLang] = useState(language.current());
  useEffect(() => {
    setLang(language.current()); // It may have changed between the first render and now.
    return language.subscribe(setLang);
  }, [language]);
  return <InLanguage lang={lang}>{render(lang)}</InLanguage>;
}

const MARK = '\u0000';

/**
 * A message with elements among its substitutions, e.g. a `<time>` for `$DATE$`
 * or a `<code>` for `$FILE$`: the text around them is the catalogue's, in its order.
 */
export function messageWith(
  messages: Messages,
  key: MessageKey,
  ...substitutions: (Substitution | VNode)[]
): ComponentChildren[] {
  const nodes: VNode[] = [];
  const text = messages.t(
    key,
    ...substitutions.map((sub) => (typeof sub === 'object' ? `${MARK}${nodes.push(sub) - 1}${MARK}` : sub)),
  );
  return text.split(MARK).map((part, index) => (index % 2 === 1 ? nodes[Number(part)] : part));
}
