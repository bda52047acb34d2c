import { createContext, useContext } from 'react';

/**
 * On the server, whether the page is for a phone, as the request's client hints tell; the browser
 * measures its viewport instead. A view that starts differently on a phone renders on the server
 * as the phone will draw it, so that nothing moves when the app takes over the page.
 */
export const ServerPhoneGuess = createContext(false);

/** Whether the viewport matches a phone's media query: measured in the browser, guessed on the server. */
export function useMatchesPhone(query: string): boolean {
  const guess = useContext(ServerPhoneGuess);
  return typeof window === 'undefined' ? guess : window.matchMedia(query).matches;
}
