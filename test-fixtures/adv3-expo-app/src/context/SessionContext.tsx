import React, { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import AsyncStorage from '@react-native-async-storage/async-storage';
import { SESSION_REFRESH_MARGIN_MS } from '@/config/release';
import { refreshToken } from '@/api/client';

type Session = { token: string; expiresAt: number } | null;

const SessionContext = createContext<{ session: Session; signOut: () => void }>({ session: null, signOut: () => {} });

export function SessionProvider({ children }: { children: React.ReactNode }) {
  const [session, setSession] = useState<Session>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    AsyncStorage.getItem('session').then((raw) => {
      if (!raw) return;
      const saved = JSON.parse(raw) as NonNullable<Session>;
      if (saved.expiresAt > Date.now()) setSession(saved);
      else AsyncStorage.removeItem('session');
    });
  }, []);

  useEffect(() => {
    if (!session) return;
    const wait = Math.max(0, session.expiresAt - Date.now() - SESSION_REFRESH_MARGIN_MS);
    timer.current = setTimeout(async () => setSession(await refreshToken(session.token)), wait);
    return () => clearTimeout(timer.current);
  }, [session]);

  const signOut = useCallback(() => {
    AsyncStorage.multiRemove(['session', 'cache']);
    setSession(null);
  }, []);

  return <SessionContext.Provider value={{ session, signOut }}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);
