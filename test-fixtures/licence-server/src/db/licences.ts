import pg from 'pg';
import { DESKTOP_PRODUCT_ID } from '../config';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

interface LicenceRow {
  id: string;
  product_id: number;
  expires_at: string | null;
  revoked_at: string | null;
}

export async function findActive(customerId: string): Promise<LicenceRow[]> {
  const { rows } = await pool.query<LicenceRow>(
    'SELECT * FROM licences WHERE customer_id = $1 AND (expires_at IS NULL OR expires_at > $2)',
    [customerId, new Date()],
  );
  return rows.filter((row) => row.product_id === DESKTOP_PRODUCT_ID);
}

export function isRowExpired(row: LicenceRow): boolean {
  if (row.revoked_at !== null) {
    return true;
  }
  return row.expires_at !== null && new Date(row.expires_at) < new Date();
}

export async function purgeExpired(): Promise<number> {
  const cutoff = new Date(Date.now() - 90 * 86_400_000);
  const res = await pool.query('DELETE FROM licences WHERE expires_at < $1', [cutoff]);
  return res.rowCount ?? 0;
}
