import { describe, expect, it } from 'vitest';
import { addAccount, changeRole, deactivateAccount, resetPassword } from '../../app/services/user-admin.server';
import { verifyHistory } from '../../app/services/history.server';
import { useTestDb } from '../helpers/test-db';
import { signedIn } from '../helpers/users';

describe('account changes in the history', () => {
  it('records who added, promoted, reset and deactivated an account, never the password', async () => {
    const db = await useTestDb();
    const admin = (await signedIn(db, 'admin')).user;
    const { user, generatedPassword } = await addAccount(db, { email: 'new@example.test', name: 'New Checker', role: 'checker', actorId: admin.id }, new Date());
    await changeRole(db, { userId: user.id, role: 'editor', actorId: admin.id });
    await resetPassword(db, { userId: user.id, actorId: admin.id });
    await deactivateAccount(db, { userId: user.id, actorId: admin.id });
    const rows = await db.selectFrom('revision').selectAll().where('entity', '=', 'user').where('entityId', '=', user.id).orderBy('id').execute();
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([
      ['account-add', admin.id],
      ['account-role', admin.id],
      ['account-password-reset', admin.id],
      ['account-deactivate', admin.id],
    ]);
    expect(JSON.parse(rows[1].after!)).toEqual({ role: 'editor' });
    const everything = JSON.stringify(rows);
    expect(everything).not.toContain(generatedPassword!);
    expect(everything).not.toContain('scrypt$');
    expect((await verifyHistory(db)).broken).toBeNull();
  });
});
