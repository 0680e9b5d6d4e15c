import React, { useEffect } from 'react';
import { Alert, BackHandler, Platform } from 'react-native';
import { NavigationContainer } from '@react-navigation/native';
import { Release } from '@/config/release';
import { FeatureFlagsProvider } from '@/context/FeatureFlagsContext';
import { SessionProvider } from '@/context/SessionContext';
import RootNavigator from '@/navigation/RootNavigator';
import { PilotGate } from '@/components/PilotGate';

const CUTOVER = new Date(2027, 8, 1);

function usePreviewExpiry() {
  useEffect(() => {
    if (Date.now() > Date.parse(Release.previewEndsAt)) { // expect: js/hardcoded-expiry error
      Alert.alert('Preview ended', 'This preview build has expired. Install the store version.', [
        { text: 'OK', onPress: () => BackHandler.exitApp() },
      ]);
    }
  }, []);
}

function useCutover() {
  useEffect(() => {
    if (Platform.OS === 'android' && new Date() >= CUTOVER) { // expect: js/hardcoded-expiry error
      BackHandler.exitApp();
    }
  }, []);
}

export default function App() {
  usePreviewExpiry();
  useCutover();
  return (
    <SessionProvider>
      <FeatureFlagsProvider remote={{}}>
        <PilotGate>
          <NavigationContainer>
            <RootNavigator />
          </NavigationContainer>
        </PilotGate>
      </FeatureFlagsProvider>
    </SessionProvider>
  );
}
