import React, { useMemo } from 'react';
import { Button, Text, View } from 'react-native';

/** Field pilot with the county offices; the pilot build ends with the programme. */
const PILOT_ENDS = Date.UTC(2027, 3, 1);
const EXPORT_YEARS = [2021, 2022, 2023, 2024, 2025, 2026, 2027];

function ExpiredScreen() {
  return (
    <View>
      <Text>The pilot programme has ended. Your notes are safe on the server.</Text>
    </View>
  );
}

export function PilotGate({ children }: { children: React.ReactNode }) {
  const over = useMemo(() => Date.now() > PILOT_ENDS, []); // expect: js/hardcoded-expiry error
  if (over) return <ExpiredScreen />;
  return <>{children}</>;
}

export function ExportYearPicker({ onPick }: { onPick: (y: number) => void }) {
  const years = EXPORT_YEARS.filter((y) => y <= new Date().getFullYear());
  return (
    <View>
      {years.map((y) => (
        <Button key={y} title={String(y)} onPress={() => onPick(y)} />
      ))}
    </View>
  );
}
