import React from 'react';
import { Linking, Text, TouchableOpacity, View } from 'react-native';

export default function ForceUpdateScreen() {
  return (
    <View>
      <Text>This version is no longer supported. Please update FieldNotes to keep syncing.</Text>
      <TouchableOpacity onPress={() => Linking.openURL('market://details?id=test.fieldnotes')}>
        <Text>Update now</Text>
      </TouchableOpacity>
    </View>
  );
}
