import React from 'react';
import { createNativeStackNavigator } from '@react-navigation/native-stack';
import { FORCE_UPDATE_AFTER as FORCE_AFTER } from '@/config/release';
import HomeScreen from '@/screens/HomeScreen';
import ForceUpdateScreen from '@/screens/ForceUpdateScreen';
import ProfileScreen from '@/screens/ProfileScreen';

const Stack = createNativeStackNavigator();

export default function RootNavigator() {
  const mustUpdate = Date.now() > FORCE_AFTER; // expect: js/hardcoded-expiry
  return (
    <Stack.Navigator initialRouteName={mustUpdate ? 'ForceUpdate' : 'Home'}>
      <Stack.Screen name="Home" component={HomeScreen} />
      <Stack.Screen name="Profile" component={ProfileScreen} />
      <Stack.Screen name="ForceUpdate" component={ForceUpdateScreen} options={{ gestureEnabled: false }} />
    </Stack.Navigator>
  );
}
