import React from 'react';
import { Text, View } from 'react-native';
import { ageFrom } from '@/utils/dates';
import { useSession } from '@/context/SessionContext';

type User = { name: string; birthday: string; memberSince: string };

export default function ProfileScreen({ user }: { user: User }) {
  const { session } = useSession();
  const birthday = new Date(user.birthday);
  const today = new Date();
  const isBirthday = today.getMonth() === birthday.getMonth() && today.getDate() === birthday.getDate();
  const adult = ageFrom(birthday) >= 18;
  const loyal = Date.now() - Date.parse(user.memberSince) > 365 * 864e5;
  const tokenStale = session ? session.expiresAt < Date.now() : true;
  return (
    <View>
      {isBirthday && <Text>Happy birthday, {user.name}!</Text>}
      {adult ? <Text>Full access</Text> : <Text>Teen account</Text>}
      {loyal && <Text>Loyal member</Text>}
      {tokenStale && <Text>Signing you back in…</Text>}
    </View>
  );
}
