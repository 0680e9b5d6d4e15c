import React, { createContext, useContext, useMemo } from 'react';
import { NEW_SYNC_ENGINE_FROM, LEGACY_MAPS_OFF } from '@/config/release';

type Flags = { newSyncEngine: boolean; legacyMaps: boolean; remote: Record<string, boolean> };

const FlagsContext = createContext<Flags>({ newSyncEngine: false, legacyMaps: true, remote: {} });

export function FeatureFlagsProvider({ remote, children }: { remote: Record<string, boolean>; children: React.ReactNode }) {
  const value = useMemo<Flags>(
    () => ({
      newSyncEngine: Date.now() >= NEW_SYNC_ENGINE_FROM.getTime(), // expect: js/hardcoded-expiry warning
      legacyMaps: new Date() < LEGACY_MAPS_OFF, // expect: js/hardcoded-expiry
      remote,
    }),
    [remote],
  );
  return <FlagsContext.Provider value={value}>{children}</FlagsContext.Provider>;
}

export const useFlags = () => useContext(FlagsContext);
