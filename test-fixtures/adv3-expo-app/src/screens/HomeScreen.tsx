import React from 'react';
import { ScrollView, Text, View } from 'react-native';
import { PROMO, FOUNDED_YEAR } from '@/config/release';
import { useFlags } from '@/context/FeatureFlagsContext';
import { useTrialExpired } from '@/hooks/useTrial';
import { formatShort } from '@/utils/dates';

const saleStart = Date.parse(PROMO.summerSaleStart);
const saleEnd = Date.parse(PROMO.summerSaleEnd);

export default function HomeScreen({ notes }: { notes: { id: string; title: string; updatedAt: number }[] }) {
  const flags = useFlags();
  const trialOver = useTrialExpired();
  const now = Date.now();
  const today = new Date();
  const yearsRunning = today.getFullYear() - FOUNDED_YEAR;
  const winterTheme = today.getMonth() === 11 || today.getMonth() === 0; // expect: js/calendar-check
  return (
    <ScrollView style={{ backgroundColor: winterTheme ? '#eef6ff' : '#fff' }}>
      {now >= saleStart && ( /* expect: js/hardcoded-expiry warning */
        <Text>Summer sale: 30% off Pro</Text>
      )}
      {now > saleEnd ? null : <Text>Sale ends {formatShort(saleEnd)}</Text>} {/* expect: js/hardcoded-expiry */}
      {today.getFullYear() - FOUNDED_YEAR > 10 && <Text>A decade of field notes!</Text>} {/* expect: js/hardcoded-expiry warning */}
      <Text>In the field since {FOUNDED_YEAR} ({yearsRunning} years)</Text>
      {trialOver ? <Text>Your trial has ended.</Text> : null}
      {flags.newSyncEngine ? <Text>Sync v2</Text> : null}
      <View>
        {notes
          .filter((n) => now - n.updatedAt < 7 * 864e5)
          .map((n) => (
            <Text key={n.id}>{n.title} · {formatShort(n.updatedAt)}</Text>
          ))}
      </View>
      <Text>© {FOUNDED_YEAR}–{today.getFullYear()} FieldNotes</Text>
    </ScrollView>
  );
}
