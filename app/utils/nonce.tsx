import { createContext, useContext } from 'react';

// The CSP nonce reaches <Scripts> through context: entry.server sets it per request.
const NonceContext = createContext<string>('');
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
